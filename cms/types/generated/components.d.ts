import type { Schema, Struct } from '@strapi/strapi';

export interface HubOpeningTime extends Struct.ComponentSchema {
  collectionName: 'components_hub_opening_times';
  info: {
    description: 'When a community hub is open on one day of the week.';
    displayName: 'Opening time';
  };
  attributes: {
    closes: Schema.Attribute.Time & Schema.Attribute.Required;
    day: Schema.Attribute.Enumeration<['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']> &
      Schema.Attribute.Required;
    note: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    opens: Schema.Attribute.Time & Schema.Attribute.Required;
  };
}

export interface ServiceContactChannel extends Struct.ComponentSchema {
  collectionName: 'components_service_contact_channels';
  info: {
    description: 'One way to reach the service team: online, phone, email or in person.';
    displayName: 'Contact channel';
  };
  attributes: {
    availability: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    kind: Schema.Attribute.Enumeration<['online', 'phone', 'email', 'in-person']> & Schema.Attribute.Required;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    value: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
  };
}

export interface ServiceExpectedResponse extends Struct.ComponentSchema {
  collectionName: 'components_service_expected_responses';
  info: {
    description: 'When the council replies: an amount and unit, and a sentence for residents.';
    displayName: 'Expected response';
  };
  attributes: {
    amount: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 365;
          min: 0;
        },
        number
      >;
    sentence: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    unit: Schema.Attribute.Enumeration<['hours', 'working-days', 'calendar-days', 'weeks']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'working-days'>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'hub.opening-time': HubOpeningTime;
      'service.contact-channel': ServiceContactChannel;
      'service.expected-response': ServiceExpectedResponse;
    }
  }
}
