/** The design system: every page is built from these. */
export { Button, ButtonLink, ButtonGroup } from "./Button";
export { TextField, PasswordField, DateField, SelectField, CheckboxField, CheckboxGroup, Fieldset, fieldId, type Option } from "./Field";
export { ErrorSummary, focusField, type SummaryItem } from "./ErrorSummary";
export { Table, type Column } from "./Table";
export { Tag, type TagTone } from "./Tag";
export { Steps } from "./Steps";
export { Notice, Loading, LoadError, SummaryList } from "./Notice";
export { Page } from "./Page";
export { Layout, Header, Footer } from "./Layout";
export { FileUpload, type CheckedFile } from "./FileUpload";
