import type { Core } from '@strapi/strapi';
import { PUBLIC_READ_TYPES } from '../public-api/permissions';

/** The part of @strapi/plugin-graphql's extension service Doorstep uses (the plugin ships it untyped). */
interface GraphqlExtensionService {
  shadowCRUD(uid: string): {
    disable(): void;
    disableMutations(): void;
    field(name: string): { disableInput(): void };
  };
}

/**
 * The public GraphQL API is read-only: no mutation is generated for our content
 * types, so none can be discovered or attempted. Editors write in the admin panel.
 */
export function registerGraphqlExtensions(strapi: Core.Strapi): void {
  const extension = strapi.plugin('graphql').service('extension') as unknown as GraphqlExtensionService;
  for (const uid of PUBLIC_READ_TYPES) {
    const type = extension.shadowCRUD(uid);
    type.disableMutations();
    // Strapi still writes an input type for each, which no mutation takes; a private
    // field (a page's owner, a form's team inbox) is not named even there.
    const attributes: Record<string, object> = strapi.contentType(uid).attributes;
    for (const [name, attribute] of Object.entries(attributes)) {
      if ((attribute as { private?: boolean }).private === true) type.field(name).disableInput();
    }
  }
  // Review workflows are a paid Strapi feature Doorstep does not use; upload writes go
  // through the admin panel. Neither belongs in the public schema.
  extension.shadowCRUD('plugin::review-workflows.workflow').disable();
  extension.shadowCRUD('plugin::review-workflows.workflow-stage').disable();
  extension.shadowCRUD('plugin::upload.file').disableMutations();
  // Submissions are for staff in the admin panel only: not in the public schema at all.
  extension.shadowCRUD('api::form-submission.form-submission').disable();
  extension.shadowCRUD('api::email-message.email-message').disable();
  extension.shadowCRUD('api::job-failure.job-failure').disable();
}
