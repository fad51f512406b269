import { publicReadRouter } from '../../../public-api/read-router';

// Read-only for the public, every query checked: the CMS keeps redirects itself.
export default publicReadRouter('api::redirect.redirect');
