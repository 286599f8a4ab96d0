export interface paths {
    "/v2/Services/{ServiceSid}/Entities/{Identity}/Factors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a list of all Factors for an Entity. */
        get: operations["ListFactor"];
        put?: never;
        /** Create a new Factor for the Entity. */
        post: operations["CreateNewFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fetch a specific Factor. */
        get: operations["FetchFactor"];
        put?: never;
        /** Update a specific Factor. This endpoint can be used to Verify a Factor if passed an AuthPayload param. */
        post: operations["UpdateFactor"];
        /** Delete a specific Factor. */
        delete: operations["DeleteFactor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
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
        /** @description A Factor as fetch, list and update return it. */
        Factor: {
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
             * @description The date that this Factor was created, in ISO 8601 format.
             */
            date_created?: string | null;
            /**
             * Format: date-time
             * @description The date that this Factor was updated, in ISO 8601 format.
             */
            date_updated?: string | null;
            /** @description A human readable description of this resource, up to 64 characters. */
            friendly_name?: string | null;
            /**
             * @description The Status of this Factor. One of `unverified` or `verified`.
             * @enum {string}
             */
            status: "unverified" | "verified";
            /**
             * @description The Type of this Factor.
             * @enum {string}
             */
            factor_type: "push" | "totp" | "passkeys";
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
            url?: string | null;
        };
        /** @description FactorPushConfig, inside Factor. */
        FactorPushConfig: {
            /** @description The Verify Push SDK version used to configure the factor. */
            sdk_version?: string | null;
            /** @description The ID that uniquely identifies your app in the Google or Apple store. */
            app_id?: string | null;
            /**
             * @description The transport technology used to generate the Notification Token.
             * @enum {string|null}
             */
            notification_platform?: "apn" | "fcm" | "none" | null;
            /** @description For APN, the device token. For FCM, the registration token. */
            notification_token?: string | null;
        };
        /** @description FactorTotpConfig, inside Factor. */
        FactorTotpConfig: {
            /**
             * @description The algorithm used to derive the TOTP codes.
             * @enum {string|null}
             */
            alg?: "sha1" | "sha256" | "sha512" | null;
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
             * @description The date that this Factor was created, in ISO 8601 format.
             */
            date_created?: string | null;
            /**
             * Format: date-time
             * @description The date that this Factor was updated, in ISO 8601 format.
             */
            date_updated?: string | null;
            /** @description A human readable description of this resource, up to 64 characters. */
            friendly_name?: string | null;
            /**
             * @description The Status of this Factor. One of `unverified` or `verified`.
             * @enum {string}
             */
            status: "unverified" | "verified";
            /**
             * @description The Type of this Factor.
             * @enum {string}
             */
            factor_type: "push" | "totp" | "passkeys";
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
            url?: string | null;
            /** @description The `factor_type` specific secret and metadata. For push, `binding.public_key` and `binding.alg`; for totp, `binding.secret` and `binding.uri` (the Google Authenticator key URI). Only returned upon Factor creation. */
            binding?: components["schemas"]["NewFactorPushBinding"] | components["schemas"]["NewFactorTotpBinding"] | {
                [key: string]: unknown;
            } | null;
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
             * @enum {string|null}
             */
            notification_platform?: "apn" | "fcm" | "none" | null;
            /** @description For APN, the device token. For FCM, the registration token. */
            notification_token?: string | null;
        };
        /** @description NewFactorTotpConfig, inside NewFactor. */
        NewFactorTotpConfig: {
            /**
             * @description The algorithm used to derive the TOTP codes.
             * @enum {string|null}
             */
            alg?: "sha1" | "sha256" | "sha512" | null;
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
            secret?: string | null;
            /** @description An `otpauth://totp/...` URI to load the secret into an authenticator app. */
            uri?: string | null;
        };
        /**
         * ListFactorResponse
         * @description A page of Factors.
         */
        ListFactorResponse: {
            factors: components["schemas"]["Factor"][];
            meta: components["schemas"]["PageMeta"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListFactor: {
        parameters: {
            query?: {
                /** @description How many resources to return in each list page. The default is 50, and the maximum is 1000. */
                PageSize?: number;
                /** @description The page index. This value is simply for client state. */
                Page?: number;
                /** @description The page token. This is provided by the API. */
                PageToken?: string;
            };
            header?: never;
            path: {
                /** @description The unique SID identifier of the Service. */
                ServiceSid: string;
                /** @description Customer unique identity for the Entity owner of the Factor. This identifier should be immutable, not PII, length between 8 and 64 characters, and generated by your external system, such as your user's UUID, GUID, or SID. It can only contain dash (-) separated alphanumeric characters. */
                Identity: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description list succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListFactorResponse"];
                };
            };
            /** @description A client error (invalid parameter, authentication, not found, rate limit), in the API's error body. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwilioError"];
                };
            };
            /** @description A server error, in the API's error body. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwilioError"];
                };
            };
        };
    };
    CreateNewFactor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique SID identifier of the Service. */
                ServiceSid: string;
                /** @description Customer unique identity for the Entity owner of the Factor. This identifier should be immutable, not PII, length between 8 and 64 characters, and generated by your external system, such as your user's UUID, GUID, or SID. It can only contain dash (-) separated alphanumeric characters. */
                Identity: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * @description The Type of this Factor.
                     * @enum {string}
                     */
                    FactorType: "push" | "totp" | "passkeys";
                    /** @description The friendly name of this Factor. This can be any string up to 64 characters, meant for humans to distinguish between Factors. For factor_type push, this could be a device name. For factor_type totp, this value is used as the "account name" in constructing the binding.uri property. At the same time, we recommend avoiding providing PII. */
                    FriendlyName: string;
                    /**
                     * @description The algorithm used when factor_type is push. Algorithm supported: ES256.
                     * @enum {string}
                     */
                    "Binding.Alg"?: "ES256";
                    /** @description The ECDSA public key in PKIX, ASN.1 DER format encoded in Base64. */
                    "Binding.PublicKey"?: string;
                    /** @description The shared secret for TOTP factors encoded in Base32. This can be provided when creating the Factor, otherwise it will be generated. */
                    "Binding.Secret"?: string;
                    /**
                     * @description The algorithm used to derive the TOTP codes.
                     * @enum {string}
                     */
                    "Config.Alg"?: "sha1" | "sha256" | "sha512";
                    /** @description The ID that uniquely identifies your app in the Google or Apple store, such as com.example.myapp. It can be up to 100 characters long. */
                    "Config.AppId"?: string;
                    /**
                     * @description Number of digits for generated TOTP codes. Must be between 3 and 8, inclusive. The default value is defined at the service level in the property totp.code_length. If not configured defaults to 6.
                     * @default 6
                     */
                    "Config.CodeLength"?: number;
                    /**
                     * @description The transport technology used to generate the Notification Token.
                     * @enum {string}
                     */
                    "Config.NotificationPlatform"?: "apn" | "fcm" | "none";
                    /** @description For APN, the device token. For FCM, the registration token. It is used to send the push notifications. Must be between 32 and 255 characters long. */
                    "Config.NotificationToken"?: string;
                    /** @description The Verify Push SDK version used to configure the factor. */
                    "Config.SdkVersion"?: string;
                    /**
                     * @description The number of time-steps, past and future, that are valid for validation of TOTP codes. Must be between 0 and 2, inclusive. The default value is defined at the service level in the property totp.skew. If not configured defaults to 1.
                     * @default 1
                     */
                    "Config.Skew"?: number;
                    /**
                     * @description Defines how often, in seconds, are TOTP codes generated. i.e, a new TOTP code is generated every time_step seconds. Must be between 20 and 60 seconds, inclusive. The default value is defined at the service level in the property totp.time_step. Defaults to 30 seconds if not configured.
                     * @default 30
                     */
                    "Config.TimeStep"?: number;
                    /** @description Custom metadata associated with the factor. This is added by the Device/SDK directly to allow for the inclusion of device information. It must be a stringified JSON with only strings values eg. {"os": "Android"}. Can be up to 1024 characters in length. */
                    Metadata?: string;
                } & (unknown & unknown & unknown);
            };
        };
        responses: {
            /** @description create succeeded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewFactor"];
                };
            };
            /** @description A client error (invalid parameter, authentication, not found, rate limit), in the API's error body. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwilioError"];
                };
            };
            /** @description A server error, in the API's error body. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwilioError"];
                };
            };
        };
    };
    FetchFactor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique SID identifier of the Service. */
                ServiceSid: string;
                /** @description Customer unique identity for the Entity owner of the Factor. This identifier should be immutable, not PII, length between 8 and 64 characters, and generated by your external system, such as your user's UUID, GUID, or SID. It can only contain dash (-) separated alphanumeric characters. */
                Identity: string;
                /** @description A 34 character string that uniquely identifies this Factor. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description fetch succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Factor"];
                };
            };
            /** @description A client error (invalid parameter, authentication, not found, rate limit), in the API's error body. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwilioError"];
                };
            };
            /** @description A server error, in the API's error body. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwilioError"];
                };
            };
        };
    };
    UpdateFactor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique SID identifier of the Service. */
                ServiceSid: string;
                /** @description Customer unique identity for the Entity owner of the Factor. This identifier should be immutable, not PII, length between 8 and 64 characters, and generated by your external system, such as your user's UUID, GUID, or SID. It can only contain dash (-) separated alphanumeric characters. */
                Identity: string;
                /** @description A 34 character string that uniquely identifies this Factor. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The optional payload needed to verify the Factor for the first time. E.g. for a TOTP, the numeric code. */
                    AuthPayload?: string;
                    /** @description The new friendly name of this Factor. It can be up to 64 characters. */
                    FriendlyName?: string;
                    /**
                     * @description The algorithm used to derive the TOTP codes.
                     * @enum {string}
                     */
                    "Config.Alg"?: "sha1" | "sha256" | "sha512";
                    /** @description Number of digits for generated TOTP codes. Must be between 3 and 8, inclusive. */
                    "Config.CodeLength"?: number;
                    /**
                     * @description The transport technology used to generate the Notification Token. Can be apn, fcm or none.
                     * @enum {string}
                     */
                    "Config.NotificationPlatform"?: "apn" | "fcm" | "none";
                    /** @description For APN, the device token. For FCM, the registration token. It is used to send the push notifications. If specified, this value must be between 32 and 255 characters long. */
                    "Config.NotificationToken"?: string;
                    /** @description The Verify Push SDK version used to configure the factor. */
                    "Config.SdkVersion"?: string;
                    /** @description The number of time-steps, past and future, that are valid for validation of TOTP codes. Must be between 0 and 2, inclusive. */
                    "Config.Skew"?: number;
                    /** @description Defines how often, in seconds, are TOTP codes generated. i.e, a new TOTP code is generated every time_step seconds. Must be between 20 and 60 seconds, inclusive. */
                    "Config.TimeStep"?: number;
                };
            };
        };
        responses: {
            /** @description update succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Factor"];
                };
            };
            /** @description A client error (invalid parameter, authentication, not found, rate limit), in the API's error body. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwilioError"];
                };
            };
            /** @description A server error, in the API's error body. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwilioError"];
                };
            };
        };
    };
    DeleteFactor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique SID identifier of the Service. */
                ServiceSid: string;
                /** @description Customer unique identity for the Entity owner of the Factor. This identifier should be immutable, not PII, length between 8 and 64 characters, and generated by your external system, such as your user's UUID, GUID, or SID. It can only contain dash (-) separated alphanumeric characters. */
                Identity: string;
                /** @description A 34 character string that uniquely identifies this Factor. */
                Sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description delete succeeded */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A client error (invalid parameter, authentication, not found, rate limit), in the API's error body. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwilioError"];
                };
            };
            /** @description A server error, in the API's error body. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwilioError"];
                };
            };
        };
    };
}
/** The wire schemas by name: what the decoders read. */
export type Wire = components["schemas"];
