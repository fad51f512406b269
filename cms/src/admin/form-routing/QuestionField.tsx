import { QuestionInput } from './RoutingInputs';

export default QuestionInput;
