import { factories } from '@strapi/strapi';

// Read-only for the public: editors write in the admin panel.
export default factories.createCoreRouter('api::form-definition.form-definition', { only: ['find', 'findOne'] });
