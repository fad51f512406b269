import { publicReadRouter } from '../../../public-api/read-router';

// Read-only for the public, every query checked: editors write in the admin panel.
export default publicReadRouter('api::form-definition.form-definition');
