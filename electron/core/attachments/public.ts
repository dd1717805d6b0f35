// What other features may use of attachments: the files linked to one of their rows, and linking
// one (requests' and objections' views and actions). Everything else in attachments/ is its own.
export { ATTACHMENTS_SQL, attachmentsOf, attachmentView, linkAttachment, type AttachmentRow, type AttachmentView } from './store';
