/** The design system: every page is built from these. */
export { Button, ButtonLink, ButtonGroup, LinkButtons, type ButtonVariant } from "./Button";
export { TextField, TextArea, PasswordField, DateField, SelectField, CheckboxField, CheckboxGroup, RadioGroup, Fieldset, fieldId, type Option } from "./Field";
export { ErrorSummary, focusField, type SummaryItem } from "./ErrorSummary";
export { Table, ListTable, numberColumn, type Column } from "./Table";
export { Tag, type TagTone } from "./Tag";
export { Steps } from "./Steps";
export { Notice, ListNotice, Loading, LoadError, SummaryList } from "./Notice";
export { Page } from "./Page";
export { Layout, Header, Footer } from "./Layout";
export { FileUpload, type CheckedFile } from "./FileUpload";
export { Timeline, type TimelineEntry } from "./Timeline";
