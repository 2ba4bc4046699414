/**
 * What the documentation's code blocks take as given: values a reader's app already has. Each block is
 * compiled as a module with these declared; everything else it uses must be imported. Kept as text (not
 * a `.d.ts` in the tsconfig) so that these names are not globals for the rest of the test suite.
 */
export const docExampleGlobals = `
declare const ClientId: string;
declare const Username: string;
declare const Password: string;
declare const NewPassword: string;
declare const ConfirmationCode: string;
declare const UserPoolId: string;
declare const clientSecret: string;
declare const RefreshToken: string;
declare const AccessToken: string;
declare const Session: string;
declare const code: string;
/** The client made in an earlier block of the same page. */
declare const client: import("@lithe/client-cognito-identity-provider").CognitoIdentityProviderClient;
`;
