import { publicReadRouter } from '../../../public-api/read-router';

// Read-only for the public, every query checked: editors write in the admin panel or import a CSV.
export default publicReadRouter('api::bin-round.bin-round');
