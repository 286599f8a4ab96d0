/** The document's components as openapi-typescript types them: `schemas` holds each wire model by name. */
export interface components {
    schemas: {
        /** @description The error body Twilio returns with every non-2xx response. */
        TwilioError: {
            /** @description Twilio's numeric error code; look it up at `more_info`. */
            code?: number | null;
            /** @description A human-readable explanation of the error. */
            message?: string | null;
            /**
             * Format: uri
             * @description A link to the documentation of this error code.
             */
            more_info?: string | null;
            /** @description The HTTP status code of the response. */
            status?: number | null;
            /** @description Further structured information about the error, when Twilio gives any. */
            details?: unknown;
        };
        /** @description The paging block (`meta`) of every list response. */
        PageMeta: {
            /** @description The index of this page, starting at 0. */
            page: number;
            /** @description The number of items requested per page. */
            page_size?: number;
            /**
             * Format: uri
             * @description The URL of the first page.
             */
            first_page_url?: string;
            /**
             * Format: uri
             * @description The URL of the previous page, or null on the first page.
             */
            previous_page_url?: string | null;
            /**
             * Format: uri
             * @description The URL of the next page, or null on the last page.
             */
            next_page_url?: string | null;
            /**
             * Format: uri
             * @description The URL of this page.
             */
            url?: string;
            /** @description The name of the property that holds this page's items. */
            key: string;
        };
        /** @description The AccessToken resource. */
        AccessToken: {
            /** @description A 34 character string that uniquely identifies this Access Token. */
            sid?: string | null;
            /** @description The unique SID identifier of the Account. */
            account_sid?: string | null;
            /** @description The unique SID identifier of the Verify Service. */
            service_sid?: string | null;
            /** @description The unique external identifier for the Entity of the Service. */
            entity_identity?: string | null;
            /**
             * @description The type of the factor the access token is for; only `push` is supported.
             * @example push
             */
            factor_type?: string;
            /** @description A human readable description of this factor, up to 64 characters. For a push factor, this can be the device's name. */
            factor_friendly_name?: string | null;
            /** @description The access token generated for enrollment, this is an encrypted json web token. */
            token?: string | null;
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url?: string | null;
            /** @description How long, in seconds, the access token is valid. Max: 5 minutes */
            ttl?: number;
            /**
             * Format: date-time
             * @description The date that this access token was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_created?: string | null;
        };
        /** @description The Bucket resource. */
        Bucket: {
            /** @description A 34 character string that uniquely identifies this Bucket. */
            sid?: string | null;
            /** @description The Twilio-provided string that uniquely identifies the Rate Limit resource. */
            rate_limit_sid?: string | null;
            /** @description The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with. */
            service_sid?: string | null;
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Rate Limit resource. */
            account_sid?: string | null;
            /** @description Maximum number of requests permitted in during the interval. */
            max?: number;
            /** @description Number of seconds that the rate limit will be enforced over. */
            interval?: number;
            /**
             * Format: date-time
             * @description The date and time in GMT when the resource was created specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
             */
            date_created?: string | null;
            /**
             * Format: date-time
             * @description The date and time in GMT when the resource was last updated specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
             */
            date_updated?: string | null;
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url?: string | null;
        };
        /**
         * ListBucketResponse
         * @description A page of Buckets.
         */
        ListBucketResponse: {
            buckets: components["schemas"]["Bucket"][];
            meta: components["schemas"]["PageMeta"];
        };
        /** @description The Challenge resource. */
        Challenge: {
            /** @description A 34 character string that uniquely identifies this Challenge. */
            sid: string;
            /** @description The unique SID identifier of the Account. */
            account_sid: string;
            /** @description The unique SID identifier of the Service. */
            service_sid: string;
            /** @description The unique SID identifier of the Entity. */
            entity_sid: string;
            /** @description Customer unique identity for the Entity owner of the Challenge. This identifier should be immutable, not PII, length between 8 and 64 characters, and generated by your external system, such as your user's UUID, GUID, or SID. It can only contain dash (-) separated alphanumeric characters. */
            identity: string;
            /** @description The unique SID identifier of the Factor. */
            factor_sid: string;
            /**
             * Format: date-time
             * @description The date that this Challenge was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_created: string;
            /**
             * Format: date-time
             * @description The date that this Challenge was updated, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_updated: string;
            /**
             * Format: date-time
             * @description The date that this Challenge was responded, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_responded?: string | null;
            /**
             * Format: date-time
             * @description The date-time when this Challenge expires, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. The default value is five (5) minutes after Challenge creation. The max value is sixty (60) minutes after creation.
             */
            expiration_date: string;
            /**
             * @description The status of this Challenge: `pending`, `expired`, `approved` or `denied`.
             * @example pending
             */
            status: string;
            /**
             * @description Why the Challenge has its `status`: `none`, `not_needed` or `not_requested`.
             * @example none
             */
            responded_reason: string;
            /** @description Details provided to give context about the Challenge. Intended to be shown to the end user. */
            details?: unknown;
            /** @description Details provided to give context about the Challenge. Intended to be hidden from the end user. It must be a stringified JSON with only strings values eg. `{"ip": "172.168.1.234"}` */
            hidden_details?: unknown;
            /** @description Custom metadata associated with the challenge. This is added by the Device/SDK directly to allow for the inclusion of device information. It must be a stringified JSON with only strings values eg. `{"os": "Android"}`. Can be up to 1024 characters in length. */
            metadata?: unknown;
            /**
             * @description The type of the Factor this Challenge is for.
             * @example push
             */
            factor_type: string;
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url: string;
            /** @description Contains a dictionary of URL links to nested resources of this Challenge. */
            links?: unknown;
        };
        /**
         * ListChallengeResponse
         * @description A page of Challenges.
         */
        ListChallengeResponse: {
            challenges: components["schemas"]["Challenge"][];
            meta: components["schemas"]["PageMeta"];
        };
        /** @description The Entity resource. */
        Entity: {
            /** @description A 34 character string that uniquely identifies this Entity. */
            sid: string;
            /** @description The unique external identifier for the Entity of the Service. This identifier should be immutable, not PII, length between 8 and 64 characters, and generated by your external system, such as your user's UUID, GUID, or SID. It can only contain dash (-) separated alphanumeric characters. */
            identity: string;
            /** @description The unique SID identifier of the Account. */
            account_sid: string;
            /** @description The unique SID identifier of the Service. */
            service_sid: string;
            /**
             * Format: date-time
             * @description The date that this Entity was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_created: string;
            /**
             * Format: date-time
             * @description The date that this Entity was updated, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_updated: string;
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url: string;
            /** @description Contains a dictionary of URL links to nested resources of this Entity. */
            links?: unknown;
        };
        /**
         * ListEntityResponse
         * @description A page of Entities.
         */
        ListEntityResponse: {
            entities: components["schemas"]["Entity"][];
            meta: components["schemas"]["PageMeta"];
        };
        /** @description A Factor as fetch, list and update return it. */
        Factor: {
            /** @description A 34 character string that uniquely identifies this Factor. */
            sid: string;
            /** @description The unique SID identifier of the Account. */
            account_sid: string;
            /** @description The unique SID identifier of the Service. */
            service_sid: string;
            /** @description The unique SID identifier of the Entity. */
            entity_sid: string;
            /** @description Customer unique identity for the Entity owner of the Factor. */
            identity: string;
            /**
             * Format: date-time
             * @description The date that this Factor was created, in ISO 8601 format.
             */
            date_created: string;
            /**
             * Format: date-time
             * @description The date that this Factor was updated, in ISO 8601 format.
             */
            date_updated: string;
            /** @description A human readable description of this resource, up to 64 characters. */
            friendly_name: string;
            /**
             * @description The Status of this Factor. One of `unverified` or `verified`.
             * @example unverified
             */
            status: string;
            /**
             * @description The Type of this Factor.
             * @example push
             */
            factor_type: string;
            /** @description An object that contains configurations specific to a `factor_type`. */
            config?: components["schemas"]["FactorPushConfig"] | components["schemas"]["FactorTotpConfig"] | {
                [key: string]: unknown;
            } | null;
            /** @description Custom metadata associated with the factor, added by the Device/SDK to include device information, such as `{"os": "Android"}`. */
            metadata?: {
                [key: string]: string;
            } | null;
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url: string;
        };
        /** @description FactorPushConfig, inside Factor. */
        FactorPushConfig: {
            /** @description The Verify Push SDK version used to configure the factor. */
            sdk_version?: string | null;
            /** @description The ID that uniquely identifies your app in the Google or Apple store. */
            app_id?: string | null;
            /**
             * @description The transport technology used to generate the Notification Token.
             * @example apn
             */
            notification_platform?: string | null;
            /** @description For APN, the device token. For FCM, the registration token. */
            notification_token?: string | null;
        };
        /** @description FactorTotpConfig, inside Factor. */
        FactorTotpConfig: {
            /**
             * @description The algorithm used to derive the TOTP codes.
             * @example sha1
             */
            alg?: string | null;
            /** @description The number of time-steps, past and future, that are valid for validation of TOTP codes. */
            skew?: number | null;
            /** @description Number of digits for generated TOTP codes. */
            code_length?: number | null;
            /** @description How often, in seconds, TOTP codes are generated. */
            time_step?: number | null;
        };
        /** @description A Factor as create returns it; only creation returns `binding` and `options`. */
        NewFactor: {
            /** @description A 34 character string that uniquely identifies this Factor. */
            sid: string;
            /** @description The unique SID identifier of the Account. */
            account_sid: string;
            /** @description The unique SID identifier of the Service. */
            service_sid: string;
            /** @description The unique SID identifier of the Entity. */
            entity_sid: string;
            /** @description Customer unique identity for the Entity owner of the Factor. */
            identity: string;
            /**
             * Format: date-time
             * @description The date that this Factor was created, in ISO 8601 format.
             */
            date_created: string;
            /**
             * Format: date-time
             * @description The date that this Factor was updated, in ISO 8601 format.
             */
            date_updated: string;
            /** @description A human readable description of this resource, up to 64 characters. */
            friendly_name: string;
            /**
             * @description The Status of this Factor. One of `unverified` or `verified`.
             * @example unverified
             */
            status: string;
            /**
             * @description The Type of this Factor.
             * @example push
             */
            factor_type: string;
            /** @description An object that contains configurations specific to a `factor_type`. */
            config?: components["schemas"]["NewFactorPushConfig"] | components["schemas"]["NewFactorTotpConfig"] | {
                [key: string]: unknown;
            } | null;
            /** @description Custom metadata associated with the factor, added by the Device/SDK to include device information, such as `{"os": "Android"}`. */
            metadata?: {
                [key: string]: string;
            } | null;
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url: string;
            /** @description The `factor_type` specific secret and metadata. For push, `binding.public_key` and `binding.alg`; for totp, `binding.secret` and `binding.uri` (the Google Authenticator key URI). Only returned upon Factor creation. */
            binding: components["schemas"]["NewFactorPushBinding"] | components["schemas"]["NewFactorTotpBinding"] | {
                [key: string]: unknown;
            };
            /** @description Factor options returned on creation, when Twilio gives any. */
            options?: unknown;
        };
        /** @description NewFactorPushConfig, inside NewFactor. */
        NewFactorPushConfig: {
            /** @description The Verify Push SDK version used to configure the factor. */
            sdk_version?: string | null;
            /** @description The ID that uniquely identifies your app in the Google or Apple store. */
            app_id?: string | null;
            /**
             * @description The transport technology used to generate the Notification Token.
             * @example apn
             */
            notification_platform?: string | null;
            /** @description For APN, the device token. For FCM, the registration token. */
            notification_token?: string | null;
        };
        /** @description NewFactorTotpConfig, inside NewFactor. */
        NewFactorTotpConfig: {
            /**
             * @description The algorithm used to derive the TOTP codes.
             * @example sha1
             */
            alg?: string | null;
            /** @description The number of time-steps, past and future, that are valid for validation of TOTP codes. */
            skew?: number | null;
            /** @description Number of digits for generated TOTP codes. */
            code_length?: number | null;
            /** @description How often, in seconds, TOTP codes are generated. */
            time_step?: number | null;
        };
        /** @description NewFactorPushBinding, inside NewFactor. */
        NewFactorPushBinding: {
            /** @description The algorithm of the public key, `ES256`. */
            alg?: string | null;
            /** @description The ECDSA public key in PKIX, ASN.1 DER format encoded in Base64. */
            public_key?: string | null;
        };
        /** @description NewFactorTotpBinding, inside NewFactor. */
        NewFactorTotpBinding: {
            /** @description The shared secret, encoded in Base32. */
            secret: string;
            /** @description An `otpauth://totp/...` URI to load the secret into an authenticator app. */
            uri: string;
        };
        /**
         * ListFactorResponse
         * @description A page of Factors.
         */
        ListFactorResponse: {
            factors: components["schemas"]["Factor"][];
            meta: components["schemas"]["PageMeta"];
        };
        /** @description The Form resource. */
        Form: {
            /**
             * @description The type of the form; only `form-push` is supported.
             * @example form-push
             */
            form_type?: string;
            /** @description Object that contains the available forms for this type. This available forms are given in the standard [JSON Schema](https://json-schema.org/) format */
            forms?: unknown;
            /** @description Additional information for the available forms for this type. E.g. The separator string used for `binding` in a Factor push. */
            form_meta?: unknown;
            /**
             * Format: uri
             * @description The URL to access the forms for this type.
             */
            url?: string | null;
        };
        /** @description The MessagingConfiguration resource. */
        MessagingConfiguration: {
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Service resource. */
            account_sid?: string | null;
            /** @description The SID of the [Service](https://www.twilio.com/docs/verify/api/service) that the resource is associated with. */
            service_sid?: string | null;
            /** @description The [ISO-3166-1](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2) country code of the country this configuration will be applied to. If this is a global configuration, Country will take the value `all`. */
            country?: string | null;
            /** @description The SID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) to be used to send SMS to the country of this configuration. */
            messaging_service_sid?: string | null;
            /**
             * Format: date-time
             * @description The date and time in GMT when the resource was created specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
             */
            date_created?: string | null;
            /**
             * Format: date-time
             * @description The date and time in GMT when the resource was last updated specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
             */
            date_updated?: string | null;
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url?: string | null;
        };
        /**
         * ListMessagingConfigurationResponse
         * @description A page of MessagingConfigurations.
         */
        ListMessagingConfigurationResponse: {
            messaging_configurations: components["schemas"]["MessagingConfiguration"][];
            meta: components["schemas"]["PageMeta"];
        };
        /** @description The Notification resource. */
        Notification: {
            /** @description A 34 character string that uniquely identifies this Notification. */
            sid?: string | null;
            /** @description The unique SID identifier of the Account. */
            account_sid?: string | null;
            /** @description The unique SID identifier of the Service. */
            service_sid?: string | null;
            /** @description The unique SID identifier of the Entity. */
            entity_sid?: string | null;
            /** @description Customer unique identity for the Entity owner of the Challenge. This identifier should be immutable, not PII, length between 8 and 64 characters, and generated by your external system, such as your user's UUID, GUID, or SID. It can only contain dash (-) separated alphanumeric characters. */
            identity?: string | null;
            /** @description The unique SID identifier of the Challenge. */
            challenge_sid?: string | null;
            /** @description The priority of the notification. For `push` Challenges it's always `high` which sends the notification immediately, and can wake up a sleeping device. */
            priority?: string | null;
            /** @description How long, in seconds, the notification is valid. Max: 5 minutes */
            ttl?: number;
            /**
             * Format: date-time
             * @description The date that this Notification was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_created?: string | null;
        };
        /** @description The response of CreateNewFactorPasskey. */
        NewPasskeyFactor: {
            /** @description A 34 character string that uniquely identifies this Factor. */
            sid?: string | null;
            /** @description The unique SID identifier of the Account. */
            account_sid?: string | null;
            /** @description The unique SID identifier of the Service. */
            service_sid?: string | null;
            /** @description The unique SID identifier of the Entity. */
            entity_sid?: string | null;
            /** @description Customer unique identity for the Entity owner of the Factor. */
            identity?: string | null;
            /** @description Contains the `factor_type` specific secret and metadata. The Binding property is ONLY returned upon Factor creation. */
            binding?: unknown;
            /** @description The WebAuthn options to pass to `navigator.credentials.create()` to register the passkey. */
            options?: unknown;
            /**
             * Format: date-time
             * @description The date that this Factor was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_created?: string | null;
            /**
             * Format: date-time
             * @description The date that this Factor was updated, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_updated?: string | null;
            /** @description The friendly name of this Factor. This can be any string up to 64 characters, meant for humans to distinguish between Factors. */
            friendly_name?: string | null;
            /**
             * @description The Status of this Factor. One of `unverified` or `verified`.
             * @example unverified
             */
            status?: string;
            /**
             * @description The Type of this Factor. Currently `push` and `totp` are supported.
             * @example push
             */
            factor_type?: string;
            /** @description An object that contains configurations specific to a `factor_type`. */
            config?: unknown;
            /** @description Custom metadata associated with the factor. */
            metadata?: unknown;
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url?: string | null;
        };
        /** @description The response of UpdatePasskeysFactor. */
        VerifiedPasskeyFactor: {
            /** @description A 34 character string that uniquely identifies this Factor. */
            sid?: string | null;
            /** @description The unique SID identifier of the Account. */
            account_sid?: string | null;
            /** @description The unique SID identifier of the Service. */
            service_sid?: string | null;
            /** @description The unique SID identifier of the Entity. */
            entity_sid?: string | null;
            /** @description Customer unique identity for the Entity owner of the Factor. */
            identity?: string | null;
            /**
             * Format: date-time
             * @description The date that this Factor was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_created?: string | null;
            /**
             * Format: date-time
             * @description The date that this Factor was updated, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_updated?: string | null;
            /** @description A human readable description of this resource, up to 64 characters. */
            friendly_name?: string | null;
            /**
             * @description The Status of this Factor. One of `unverified` or `verified`.
             * @example unverified
             */
            status?: string;
            /**
             * @description The Type of this Factor. Currently `push` and `totp` are supported.
             * @example push
             */
            factor_type?: string;
            /** @description An object that contains configurations specific to a `factor_type`. */
            config?: unknown;
            /** @description Custom metadata associated with the factor. */
            metadata?: unknown;
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url?: string | null;
        };
        /** @description The response of CreateChallengePasskeys. */
        PasskeyChallenge: {
            /** @description A 34 character string that uniquely identifies this Challenge. */
            sid?: string | null;
            /** @description The unique SID identifier of the Account. */
            account_sid?: string | null;
            /** @description The unique SID identifier of the Service. */
            service_sid?: string | null;
            /** @description The unique SID identifier of the Entity. */
            entity_sid?: string | null;
            /** @description Customer unique identity for the Entity owner of the Challenge. */
            identity?: string | null;
            /** @description The unique SID identifier of the Factor. */
            factor_sid?: string | null;
            /**
             * Format: date-time
             * @description The date that this Challenge was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_created?: string | null;
            /**
             * Format: date-time
             * @description The date that this Challenge was updated, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_updated?: string | null;
            /**
             * Format: date-time
             * @description The date that this Challenge was responded, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_responded?: string | null;
            /**
             * Format: date-time
             * @description The date-time when this Challenge expires, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            expiration_date?: string | null;
            /**
             * @description The Status of this Challenge. One of `pending`, `expired`, `approved` or `denied`.
             * @example pending
             */
            status?: string;
            /**
             * @description Reason for the Challenge to be in certain `status`. One of `none`, `not_needed` or `not_requested`.
             * @example none
             */
            responded_reason?: string;
            /** @description Details provided to give context about the Challenge. */
            details?: unknown;
            /** @description Details provided to give context about the Challenge. */
            hidden_details?: unknown;
            /** @description Custom metadata associated with the challenge. */
            metadata?: unknown;
            /**
             * @description The Factor Type of this Challenge. Currently `push` and `totp` are supported.
             * @example push
             */
            factor_type?: string;
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url?: string | null;
            /** @description Contains a dictionary of URL links to nested resources of this Challenge. */
            links?: unknown;
            /** @description An object that contains challenge options. Currently only used for `passkeys`. */
            options?: unknown;
        };
        /** @description The response of UpdateChallengePasskeys. */
        ApprovedPasskeyChallenge: {
            /** @description A 34 character string that uniquely identifies this Challenge. */
            sid?: string | null;
            /** @description The unique SID identifier of the Account. */
            account_sid?: string | null;
            /** @description The unique SID identifier of the Service. */
            service_sid?: string | null;
            /** @description The unique SID identifier of the Entity. */
            entity_sid?: string | null;
            /** @description Customer unique identity for the Entity owner of the Challenge. */
            identity?: string | null;
            /** @description The unique SID identifier of the Factor. */
            factor_sid?: string | null;
            /**
             * Format: date-time
             * @description The date that this Challenge was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_created?: string | null;
            /**
             * Format: date-time
             * @description The date that this Challenge was updated, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_updated?: string | null;
            /**
             * Format: date-time
             * @description The date that this Challenge was responded, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_responded?: string | null;
            /**
             * Format: date-time
             * @description The date-time when this Challenge expires, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            expiration_date?: string | null;
            /**
             * @description The Status of this Challenge. One of `pending`, `expired`, `approved` or `denied`.
             * @example pending
             */
            status?: string;
            /**
             * @description Reason for the Challenge to be in certain `status`. One of `none`, `not_needed` or `not_requested`.
             * @example none
             */
            responded_reason?: string;
            /** @description Details provided to give context about the Challenge. */
            details?: unknown;
            /** @description Details provided to give context about the Challenge. */
            hidden_details?: unknown;
            /** @description Custom metadata associated with the challenge. */
            metadata?: unknown;
            /**
             * @description The Factor Type of this Challenge. Currently `push` and `totp` are supported.
             * @example push
             */
            factor_type?: string;
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url?: string | null;
            /** @description Contains a dictionary of URL links to nested resources of this Challenge. */
            links?: unknown;
            /** @description An object that contains challenge options. Currently only used for `passkeys`. */
            options?: unknown;
        };
        /** @description The RateLimit resource. */
        RateLimit: {
            /** @description A 34 character string that uniquely identifies this Rate Limit. */
            sid?: string | null;
            /** @description The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with. */
            service_sid?: string | null;
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Rate Limit resource. */
            account_sid?: string | null;
            /** @description Provides a unique and addressable name to be assigned to this Rate Limit, assigned by the developer, to be optionally used in addition to SID. **This value should not contain PII.** */
            unique_name?: string | null;
            /** @description Description of this Rate Limit */
            description?: string | null;
            /**
             * Format: date-time
             * @description The date and time in GMT when the resource was created specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
             */
            date_created?: string | null;
            /**
             * Format: date-time
             * @description The date and time in GMT when the resource was last updated specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
             */
            date_updated?: string | null;
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url?: string | null;
            /** @description The URLs of related resources. */
            links?: unknown;
        };
        /**
         * ListRateLimitResponse
         * @description A page of RateLimits.
         */
        ListRateLimitResponse: {
            rate_limits: components["schemas"]["RateLimit"][];
            meta: components["schemas"]["PageMeta"];
        };
        /** @description The Safelist resource. */
        Safelist: {
            /** @description The unique string that we created to identify the SafeList resource. */
            sid?: string | null;
            /** @description The phone number in SafeList. */
            phone_number?: string | null;
            /**
             * Format: uri
             * @description The absolute URL of the SafeList resource.
             */
            url?: string | null;
        };
        /** @description The Service resource. */
        Service: {
            /** @description The unique string that we created to identify the Service resource. */
            sid: string;
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Service resource. */
            account_sid: string;
            /** @description The name that appears in the body of your verification messages. It can be up to 30 characters long and can include letters, numbers, spaces, dashes, underscores. Phone numbers, special characters or links are NOT allowed. It cannot contain more than 4 (consecutive or non-consecutive) digits. **This value should not contain PII.** */
            friendly_name: string;
            /** @description The length of the verification code to generate. */
            code_length?: number;
            /** @description Whether to perform a lookup with each verification started and return info about the phone number. */
            lookup_enabled?: boolean | null;
            /** @description Whether to pass PSD2 transaction parameters when starting a verification. */
            psd2_enabled?: boolean | null;
            /** @description Whether to skip sending SMS verifications to landlines. Requires `lookup_enabled`. */
            skip_sms_to_landlines?: boolean | null;
            /** @description Whether to ask the user to press a number before delivering the verify code in a phone call. */
            dtmf_input_required?: boolean | null;
            /** @description The name of an alternative text-to-speech service to use in phone calls. Applies only to TTS languages. */
            tts_name?: string | null;
            /** @description Whether to add a security warning at the end of an SMS verification body. Disabled by default and applies only to SMS. Example SMS body: `Your AppName verification code is: 1234. Don’t share this code with anyone; our employees will never ask for the code` */
            do_not_share_warning_enabled?: boolean | null;
            /** @description Whether to allow sending verifications with a custom code instead of a randomly generated one. */
            custom_code_enabled?: boolean | null;
            /** @description Configurations for the Push factors (channel) created under this Service. */
            push?: unknown;
            /** @description Configurations for the TOTP factors (channel) created under this Service. */
            totp?: unknown;
            /** @description The SID of the default message template of this Service. */
            default_template_sid?: string | null;
            /** @description The WhatsApp configuration of this Service. */
            whatsapp?: unknown;
            /** @description The passkeys configuration of this Service. */
            passkeys?: unknown;
            /** @description Whether to allow verifications from the service to reach the stream-events sinks if configured */
            verify_event_subscription_enabled?: boolean | null;
            /**
             * Format: date-time
             * @description The date and time in GMT when the resource was created specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
             */
            date_created: string;
            /**
             * Format: date-time
             * @description The date and time in GMT when the resource was last updated specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
             */
            date_updated: string;
            /**
             * Format: uri
             * @description The absolute URL of the resource.
             */
            url: string;
            /** @description The URLs of related resources. */
            links?: unknown;
        };
        /**
         * ListServiceResponse
         * @description A page of Services.
         */
        ListServiceResponse: {
            services: components["schemas"]["Service"][];
            meta: components["schemas"]["PageMeta"];
        };
        /** @description The VerificationAttempt resource. */
        VerificationAttempt: {
            /** @description The SID that uniquely identifies the verification attempt resource. */
            sid?: string | null;
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Verification resource. */
            account_sid?: string | null;
            /** @description The SID of the [Service](https://www.twilio.com/docs/verify/api/service) used to generate the attempt. */
            service_sid?: string | null;
            /** @description The SID of the [Verification](https://www.twilio.com/docs/verify/api/verification) that generated the attempt. */
            verification_sid?: string | null;
            /**
             * Format: date-time
             * @description The date that this Attempt was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_created?: string | null;
            /**
             * Format: date-time
             * @description The date that this Attempt was updated, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_updated?: string | null;
            /**
             * @description Whether the attempt was confirmed: `converted` or `unconverted`.
             * @example converted
             */
            conversion_status?: string;
            /**
             * @description The channel the attempt was sent on.
             * @example sms
             */
            channel?: string;
            /** @description An object containing the charge for this verification attempt related to the channel costs and the currency used. The costs related to the succeeded verifications are not included. May not be immediately available. More information on pricing is available [here](https://www.twilio.com/en-us/verify/pricing). */
            price?: unknown;
            /** @description An object containing the channel specific information for an attempt. */
            channel_data?: unknown;
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url?: string | null;
        };
        /**
         * ListVerificationAttemptResponse
         * @description A page of VerificationAttempts.
         */
        ListVerificationAttemptResponse: {
            attempts: components["schemas"]["VerificationAttempt"][];
            meta: components["schemas"]["PageMeta"];
        };
        /** @description The VerificationAttemptsSummary resource. */
        VerificationAttemptsSummary: {
            /** @description Total of attempts made according to the provided filters */
            total_attempts?: number;
            /** @description Total of attempts made that were confirmed by the end user, according to the provided filters. */
            total_converted?: number;
            /** @description Total of attempts made that were not confirmed by the end user, according to the provided filters. */
            total_unconverted?: number;
            /** @description Percentage of the confirmed messages over the total, defined by (total_converted/total_attempts)*100. */
            conversion_rate_percentage?: string | null;
            /**
             * Format: uri
             * @description The URL of this resource.
             */
            url?: string | null;
        };
        /** @description The VerificationCheck resource. */
        VerificationCheck: {
            /** @description The unique string that we created to identify the VerificationCheck resource. */
            sid: string;
            /** @description The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with. */
            service_sid: string;
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the VerificationCheck resource. */
            account_sid: string;
            /** @description The phone number or [email](https://www.twilio.com/docs/verify/email) being verified. Phone numbers must be in [E.164 format](https://www.twilio.com/docs/glossary/what-e164). */
            to: string;
            /**
             * @description The channel the verification was sent on.
             * @example sms
             */
            channel: string;
            /**
             * @description The status of the verification. Can be: `pending`, `approved`, `canceled`, `max_attempts_reached`, `deleted`, `failed` or `expired`.
             * @example pending
             */
            status: string;
            /** @description Use "status" instead. Legacy property indicating whether the verification was successful. */
            valid: boolean;
            /** @description The amount of the associated PSD2 compliant transaction. Requires the PSD2 Service flag enabled. */
            amount?: string | null;
            /** @description The payee of the associated PSD2 compliant transaction. Requires the PSD2 Service flag enabled. */
            payee?: string | null;
            /**
             * Format: date-time
             * @description The [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) date and time in GMT when the Verification Check resource was created.
             */
            date_created: string;
            /**
             * Format: date-time
             * @description The [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) date and time in GMT when the Verification Check resource was last updated.
             */
            date_updated: string;
            /** @description List of error codes as a result of attempting a verification using the `sna` channel. The error codes are chronologically ordered, from the first attempt to the latest attempt. This will be an empty list if no errors occured or `null` if the last channel used wasn't `sna`. */
            sna_attempts_error_codes?: unknown[] | null;
        };
        /** @description The VerificationTemplate resource. */
        VerificationTemplate: {
            /** @description A 34 character string that uniquely identifies a Verification Template. */
            sid?: string | null;
            /** @description The unique SID identifier of the Account. */
            account_sid?: string | null;
            /** @description A descriptive string that you create to describe a Template. It can be up to 32 characters long. */
            friendly_name?: string | null;
            /** @description A list of channels that support the Template. Can include: sms, voice. */
            channels?: string[] | null;
            /** @description An object that contains the different translations of the template. Every translation is identified by the language short name and contains its respective information as the approval status, text and created/modified date. */
            translations?: unknown;
        };
        /**
         * ListVerificationTemplateResponse
         * @description A page of VerificationTemplates.
         */
        ListVerificationTemplateResponse: {
            templates: components["schemas"]["VerificationTemplate"][];
            meta: components["schemas"]["PageMeta"];
        };
        /** @description The Verification resource. */
        Verification: {
            /** @description The unique string that we created to identify the Verification resource. */
            sid: string;
            /** @description The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with. */
            service_sid: string;
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Verification resource. */
            account_sid: string;
            /** @description The phone number or [email](https://www.twilio.com/docs/verify/email) being verified. Phone numbers must be in [E.164 format](https://www.twilio.com/docs/glossary/what-e164). */
            to: string;
            /**
             * @description The channel the verification was sent on.
             * @example sms
             */
            channel: string;
            /**
             * @description The status of the verification. Can be: `pending`, `approved`, `canceled`, `max_attempts_reached`, `deleted`, `failed` or `expired`.
             * @example pending
             */
            status: string;
            /** @description Use "status" instead. Legacy property indicating whether the verification was successful. */
            valid: boolean;
            /** @description Information about the phone number being verified. */
            lookup?: unknown;
            /** @description The amount of the associated PSD2 compliant transaction. Requires the PSD2 Service flag enabled. */
            amount?: string | null;
            /** @description The payee of the associated PSD2 compliant transaction. Requires the PSD2 Service flag enabled. */
            payee?: string | null;
            /** @description An array of verification attempt objects containing the channel attempted and the channel-specific transaction SID. */
            send_code_attempts?: unknown[] | null;
            /**
             * Format: date-time
             * @description The date and time in GMT when the resource was created specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
             */
            date_created: string;
            /**
             * Format: date-time
             * @description The date and time in GMT when the resource was last updated specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
             */
            date_updated: string;
            /** @description The set of fields used for a silent network auth (`sna`) verification. Contains a single field with the URL to be invoked to verify the phone number. */
            sna?: unknown;
            /**
             * Format: uri
             * @description The absolute URL of the Verification resource.
             */
            url: string;
        };
        /** @description The Webhook resource. */
        Webhook: {
            /** @description The unique string that we created to identify the Webhook resource. */
            sid: string;
            /** @description The unique SID identifier of the Service. */
            service_sid: string;
            /** @description The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Service resource. */
            account_sid: string;
            /** @description The string that you assigned to describe the webhook. **This value should not contain PII.** */
            friendly_name: string;
            /** @description The array of events that this Webhook is subscribed to. Possible event types: `*, factor.deleted, factor.created, factor.verified, challenge.approved, challenge.denied` */
            event_types: string[];
            /**
             * @description Whether the webhook is `enabled` or `disabled`.
             * @example enabled
             */
            status: string;
            /**
             * @description The webhook version: `v2` is recommended; `v1` is kept for older integrations.
             * @example v1
             */
            version: string;
            /**
             * Format: uri
             * @description The URL associated with this Webhook.
             */
            webhook_url: string;
            /**
             * @description The HTTP method used to call `webhook_url`: `GET` or `POST`.
             * @example GET
             */
            webhook_method?: string;
            /**
             * Format: date-time
             * @description The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_created: string;
            /**
             * Format: date-time
             * @description The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
             */
            date_updated: string;
            /**
             * Format: uri
             * @description The absolute URL of the Webhook resource.
             */
            url: string;
        };
        /**
         * ListWebhookResponse
         * @description A page of Webhooks.
         */
        ListWebhookResponse: {
            webhooks: components["schemas"]["Webhook"][];
            meta: components["schemas"]["PageMeta"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
/** The wire schemas by name: what the decoders read. */
export type Wire = components["schemas"];
