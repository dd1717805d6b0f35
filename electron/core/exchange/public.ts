// What other features may use of the exchange: storing an attachment file content-addressed, as
// the import does (attachments/ stores the files officers add the same way), and writing an
// export atomically into a folder the officer chose (the audit trail's workbook).
export { attachmentPath, storeAttachment } from './attachments';
export { writeTarget } from './files';
