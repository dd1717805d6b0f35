// What other features may use of the exchange: storing an attachment file content-addressed, as
// the import does (attachments/ stores the files officers add the same way).
export { attachmentPath, storeAttachment } from './attachments';
