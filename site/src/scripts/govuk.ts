// GOV.UK Frontend's own JavaScript for the components on content pages, nothing else.
import { createAll, ServiceNavigation, SkipLink } from 'govuk-frontend';

createAll(SkipLink);
createAll(ServiceNavigation);
