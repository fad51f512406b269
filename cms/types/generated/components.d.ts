import type { Schema, Struct } from '@strapi/strapi';

export interface BinsException extends Struct.ComponentSchema {
  collectionName: 'components_bins_exceptions';
  info: {
    description: 'A collection moved to another day, as over bank holidays: the day it was due, the day it moves to and why. Leave the bin empty to move every bin due that day.';
    displayName: 'Collection moved';
  };
  attributes: {
    bin: Schema.Attribute.Enumeration<['rubbish', 'recycling', 'garden-waste', 'food-waste']>;
    newDate: Schema.Attribute.Date & Schema.Attribute.Required;
    originalDate: Schema.Attribute.Date & Schema.Attribute.Required;
    reason: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
  };
}

export interface BinsService extends Struct.ComponentSchema {
  collectionName: 'components_bins_services';
  info: {
    description: 'One bin on this street: which bin, its colour, the weekday and every 1 or 2 weeks from the first collection.';
    displayName: 'Bin collected';
  };
  attributes: {
    bin: Schema.Attribute.Enumeration<['rubbish', 'recycling', 'garden-waste', 'food-waste']> &
      Schema.Attribute.Required;
    colour: Schema.Attribute.Enumeration<['black', 'grey', 'blue', 'green', 'brown', 'purple']> &
      Schema.Attribute.Required;
    everyWeeks: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 2;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<1>;
    firstCollection: Schema.Attribute.Date & Schema.Attribute.Required;
    name: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    weekday: Schema.Attribute.Enumeration<['monday', 'tuesday', 'wednesday', 'thursday', 'friday']> &
      Schema.Attribute.Required;
  };
}

export interface FormCheckboxes extends Struct.ComponentSchema {
  collectionName: 'components_form_checkboxes';
  info: {
    description: 'Choose any from a list.';
    displayName: 'Checkboxes';
    icon: 'pencil';
  };
  attributes: {
    errorName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    hint: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    maxSelected: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 1;
        },
        number
      >;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    optional: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
    options: Schema.Attribute.Component<'form.option', true>;
  };
}

export interface FormCondition extends Struct.ComponentSchema {
  collectionName: 'components_form_condition';
  info: {
    description: 'Show the page only when this earlier answer was given.';
    displayName: 'Condition';
    icon: 'filter';
  };
  attributes: {
    equals: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'global::form-answer'> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    field: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'global::form-question'> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
  };
}

export interface FormDate extends Struct.ComponentSchema {
  collectionName: 'components_form_date';
  info: {
    description: 'Day, month and year boxes. Limits are "today" or a date like 2027-01-31.';
    displayName: 'Date';
    icon: 'pencil';
  };
  attributes: {
    earliest: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10;
      }>;
    errorName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    hint: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    latest: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    optional: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
  };
}

export interface FormEmail extends Struct.ComponentSchema {
  collectionName: 'components_form_email';
  info: {
    description: 'An email address, checked for the right format.';
    displayName: 'Email address';
    icon: 'pencil';
  };
  attributes: {
    errorName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    hint: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    optional: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
  };
}

export interface FormExitPage extends Struct.ComponentSchema {
  collectionName: 'components_form_exit_page';
  info: {
    description: 'Ends the form when its conditions hold, and says what to do instead.';
    displayName: 'Exit page';
    icon: 'cross';
  };
  attributes: {
    body: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    pageId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    showIf: Schema.Attribute.Component<'form.condition', true>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface FormFileUpload extends Struct.ComponentSchema {
  collectionName: 'components_form_file_upload';
  info: {
    description: 'A file, with a size limit and allowed types.';
    displayName: 'File upload';
    icon: 'pencil';
  };
  attributes: {
    errorName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    fileTypes: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }> &
      Schema.Attribute.DefaultTo<'image/jpeg, image/png, application/pdf'>;
    hint: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    maxSizeMb: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 20;
          min: 0.1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<10>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    optional: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
  };
}

export interface FormHidden extends Struct.ComponentSchema {
  collectionName: 'components_form_hidden';
  info: {
    description: 'A value the form carries that residents do not type, like the verge a report is about. Filled from the link that opens the form.';
    displayName: 'Hidden value';
    icon: 'pencil';
  };
  attributes: {
    errorName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    hint: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    maxLength: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 500;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<200>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    optional: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
  };
}

export interface FormLongText extends Struct.ComponentSchema {
  collectionName: 'components_form_long_text';
  info: {
    description: 'Several lines, like a description.';
    displayName: 'Long text';
    icon: 'pencil';
  };
  attributes: {
    errorName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    hint: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    maxLength: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 10000;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<1200>;
    minLength: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    optional: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
  };
}

export interface FormNumber extends Struct.ComponentSchema {
  collectionName: 'components_form_number';
  info: {
    description: 'A number, with optional limits.';
    displayName: 'Number';
    icon: 'pencil';
  };
  attributes: {
    errorName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    hint: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    max: Schema.Attribute.Decimal;
    min: Schema.Attribute.Decimal;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    optional: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
    wholeNumber: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<true>;
  };
}

export interface FormOption extends Struct.ComponentSchema {
  collectionName: 'components_form_option';
  info: {
    description: 'One answer residents can choose.';
    displayName: 'Option';
    icon: 'bulletList';
  };
  attributes: {
    hint: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    value: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
  };
}

export interface FormPageBreak extends Struct.ComponentSchema {
  collectionName: 'components_form_page_break';
  info: {
    description: 'Starts a new page. Questions after it, up to the next page, are on it.';
    displayName: 'New page';
    icon: 'layout';
  };
  attributes: {
    pageId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    showIf: Schema.Attribute.Component<'form.condition', true>;
    title: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface FormRadios extends Struct.ComponentSchema {
  collectionName: 'components_form_radios';
  info: {
    description: 'Choose one from a short list.';
    displayName: 'Radios';
    icon: 'pencil';
  };
  attributes: {
    errorName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    hint: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    optional: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
    options: Schema.Attribute.Component<'form.option', true>;
  };
}

export interface FormSelect extends Struct.ComponentSchema {
  collectionName: 'components_form_select';
  info: {
    description: 'Choose one from a long list.';
    displayName: 'Select';
    icon: 'pencil';
  };
  attributes: {
    errorName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    hint: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    optional: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
    options: Schema.Attribute.Component<'form.option', true>;
  };
}

export interface FormShortText extends Struct.ComponentSchema {
  collectionName: 'components_form_short_text';
  info: {
    description: 'One line of text, like a name.';
    displayName: 'Short text';
    icon: 'pencil';
  };
  attributes: {
    errorName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    hint: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    maxLength: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 500;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<100>;
    minLength: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    optional: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
  };
}

export interface FormUkAddress extends Struct.ComponentSchema {
  collectionName: 'components_form_uk_address';
  info: {
    description: 'Address lines, town and postcode.';
    displayName: 'UK address';
    icon: 'pencil';
  };
  attributes: {
    errorName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    hint: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    optional: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
  };
}

export interface FormUkPhone extends Struct.ComponentSchema {
  collectionName: 'components_form_uk_phone';
  info: {
    description: 'A UK phone number.';
    displayName: 'UK phone number';
    icon: 'pencil';
  };
  attributes: {
    errorName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    hint: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    optional: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
  };
}

export interface FormUkPostcode extends Struct.ComponentSchema {
  collectionName: 'components_form_uk_postcode';
  info: {
    description: 'A UK postcode, like AA1 1AA.';
    displayName: 'UK postcode';
    icon: 'pencil';
  };
  attributes: {
    errorName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    hint: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    optional: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
  };
}

export interface FormYesNo extends Struct.ComponentSchema {
  collectionName: 'components_form_yes_no';
  info: {
    description: 'Two radios, yes and no.';
    displayName: 'Yes or no';
    icon: 'pencil';
  };
  attributes: {
    errorName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    hint: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    optional: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.DefaultTo<false>;
  };
}

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

export interface VergeCut extends Struct.ComponentSchema {
  collectionName: 'components_verge_cuts';
  info: {
    description: 'One planned cut: a window (or a single date), then done with its date or skipped with a reason.';
    displayName: 'Verge cut';
  };
  attributes: {
    completedOn: Schema.Attribute.Date;
    scheduledFrom: Schema.Attribute.Date & Schema.Attribute.Required;
    scheduledTo: Schema.Attribute.Date;
    skipReason: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    status: Schema.Attribute.Enumeration<['scheduled', 'done', 'skipped']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'scheduled'>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'bins.exception': BinsException;
      'bins.service': BinsService;
      'form.checkboxes': FormCheckboxes;
      'form.condition': FormCondition;
      'form.date': FormDate;
      'form.email': FormEmail;
      'form.exit-page': FormExitPage;
      'form.file-upload': FormFileUpload;
      'form.hidden': FormHidden;
      'form.long-text': FormLongText;
      'form.number': FormNumber;
      'form.option': FormOption;
      'form.page-break': FormPageBreak;
      'form.radios': FormRadios;
      'form.select': FormSelect;
      'form.short-text': FormShortText;
      'form.uk-address': FormUkAddress;
      'form.uk-phone': FormUkPhone;
      'form.uk-postcode': FormUkPostcode;
      'form.yes-no': FormYesNo;
      'hub.opening-time': HubOpeningTime;
      'service.contact-channel': ServiceContactChannel;
      'service.expected-response': ServiceExpectedResponse;
      'verge.cut': VergeCut;
    }
  }
}
