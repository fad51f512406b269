import { AnswerInput } from './RoutingInputs';

export default AnswerInput;
