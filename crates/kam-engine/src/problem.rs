//! Problems with input, as data. Like warnings and hints, they are put into words
//! by the catalogue of the output language; `Display` uses English.

use std::io;

use crate::money::MoneyError;

/// What a value was found to be, for "found ..." in messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// A string, already cut to a quotable length.
    Str(String),
    Integer(String),
    Number(String),
    Boolean(bool),
    Date,
    Array,
    Table,
    /// A spreadsheet's number cell read as its number format shows it (boxed: an
    /// issue stays small).
    Shown(Box<ShownNumber>),
}

/// A number cell and the text its number format shows it as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownNumber {
    /// The number the cell holds.
    pub number: String,
    /// The text read (`USD 1200000000`), already cut to a quotable length.
    pub shown: String,
}

/// What a key needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    String,
    Boolean,
    WholeNumber,
    Amount,
    Table,
    Array,
}

/// The hint given with an unknown key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyHint {
    /// The key belongs in this table (`strategy` or `network`).
    BelongsIn(&'static str),
    /// A known key close to the one written.
    DidYouMean(&'static str),
    /// No key is close: these are the keys.
    Keys(Vec<&'static str>),
}

/// A file that could not be read, or an input that was not usable as such.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    Profile,
    Rules,
    Directory,
    Stdin,
    /// A `--logo` file.
    Logo,
}

/// Why the system refused to read or write, as data each catalogue puts into words
/// (never the system's own English message, nor a temporary file's name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IoFailure {
    /// No file or directory of that name.
    NotFound,
    /// A directory where a file is expected.
    IsDirectory,
    /// A part of the path that should be a directory is not one (`a.toml/b.toml`).
    NotADirectory,
    /// The user may not read (or write) it.
    PermissionDenied,
    /// A name the system does not accept (too long, or not valid on this file system).
    InvalidName,
    /// No space left on the device.
    StorageFull,
    /// The user's disk quota is used up.
    QuotaExceeded,
    /// A read-only file system.
    ReadOnly,
    /// Something of that name appeared where a new file was to be made.
    Exists,
    /// A symbolic link where a file is to be written (the tool writes through none).
    Symlink,
    /// Too many symbolic links to follow (a loop of links).
    SymlinkLoop,
    /// A pipe, device or socket where a regular file is expected.
    NotRegular,
    /// A directory that was to be replaced or removed still holds files.
    NotEmpty,
    /// The file or directory is in use.
    Busy,
    /// A directory that a class set replaces whole cannot be moved (a mount point).
    CannotMove,
    /// The file would be larger than this system lets the run write (`ulimit -f`).
    TooLarge,
    /// A directory to be replaced whole is the one the run was started in, or holds
    /// it: replacing it would leave the user's shell in a deleted directory.
    HoldsCurrentDirectory,
    /// Any other failure: the system's error number where it gave one (never its
    /// message, which is English and may name a temporary file).
    Other { code: Option<i32> },
}

/// The error of a file in a directory that is not a regular file (a FIFO, a device,
/// a socket): as an [`io::Error`] it carries this, and [`IoFailure::of`] words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotRegularFile;

impl std::fmt::Display for NotRegularFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not a regular file")
    }
}

impl std::error::Error for NotRegularFile {}

impl NotRegularFile {
    pub fn error() -> io::Error {
        io::Error::other(NotRegularFile)
    }
}

impl IoFailure {
    /// What an I/O error means, for words.
    pub fn of(error: &io::Error) -> IoFailure {
        use io::ErrorKind as K;
        if error
            .get_ref()
            .is_some_and(|inner| inner.is::<NotRegularFile>())
        {
            return IoFailure::NotRegular;
        }
        match error.kind() {
            K::NotFound => IoFailure::NotFound,
            K::IsADirectory => IoFailure::IsDirectory,
            K::NotADirectory => IoFailure::NotADirectory,
            K::PermissionDenied => IoFailure::PermissionDenied,
            K::InvalidFilename => IoFailure::InvalidName,
            K::StorageFull => IoFailure::StorageFull,
            K::QuotaExceeded => IoFailure::QuotaExceeded,
            K::ReadOnlyFilesystem => IoFailure::ReadOnly,
            K::AlreadyExists => IoFailure::Exists,
            K::DirectoryNotEmpty => IoFailure::NotEmpty,
            K::ResourceBusy | K::ExecutableFileBusy => IoFailure::Busy,
            K::FileTooLarge => IoFailure::TooLarge,
            _ if is_link_loop(error) => IoFailure::SymlinkLoop,
            _ => IoFailure::Other {
                code: error.raw_os_error(),
            },
        }
    }
}

/// ELOOP: std has no stable kind for it.
#[cfg(unix)]
fn is_link_loop(error: &io::Error) -> bool {
    rustix::io::Errno::from_io_error(error) == Some(rustix::io::Errno::LOOP)
}

#[cfg(not(unix))]
fn is_link_loop(_: &io::Error) -> bool {
    false
}

/// A command line that clap accepts but that asks for something a command does not
/// do: a usage error (exit 2), worded by the catalogue of the output language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Usage {
    /// No PROFILE and no subcommand.
    NoProfile,
    /// An option (`--why`, `--rules`, `--format`) given to a subcommand that does not use it.
    NotApplicable {
        option: &'static str,
        command: &'static str,
    },
    /// A `--format` value the job does not write; `command` is `None` for the advice
    /// on profiles.
    FormatNotApplicable {
        format: &'static str,
        command: Option<&'static str>,
        valid: Vec<&'static str>,
    },
    /// An option given both before and after the subcommand.
    GivenTwice {
        option: &'static str,
        command: &'static str,
    },
    /// `--generate` with a subcommand.
    GenerateAlone { command: &'static str },
    /// Several profiles to standard output in a format that is one document per
    /// profile (HTML, Markdown, DOT): they go to `--output-dir`, one file each.
    OneDocumentEach {
        format: &'static str,
        /// The files (and `-`) given, directories expanded; a sheet counts once.
        inputs: usize,
    },
    /// `SOURCE_DATE_EPOCH` is set but does not give a date (the value as found).
    SourceDateEpoch { value: String },
    /// `init --schema PATH` with a line break or another control character in PATH,
    /// which the first line of a TOML file cannot hold.
    SchemaPathNotOneLine { path: String },
    /// A spreadsheet given, to standard output, with a format that writes one document
    /// per profile.
    SheetDocuments { format: &'static str, sheet: String },
    /// A PROFILE that is no file but close to a subcommand's name: a typo, not a
    /// profile (a file of that name is read as `./NAME`).
    MistypedCommand { word: String, near: &'static str },
    /// `help WORD` where WORD names no subcommand; the nearest one, if any is close.
    NoSuchCommand {
        word: String,
        near: Option<&'static str>,
    },
    /// `--prepared-by`, `--logo` or `--confidential` with a format that is not a
    /// client document (HTML, DOCX, Markdown).
    DocumentOnly {
        option: &'static str,
        format: &'static str,
    },
    /// `compare` with `--prepared-by`, `--logo` or `--confidential` and a format other
    /// than its client document, the HTML portfolio report.
    CompareDocumentOnly {
        option: &'static str,
        format: &'static str,
    },
    /// A format that writes bytes, not text (DOCX), to standard output on a terminal.
    BinaryOnTerminal { format: &'static str },
    /// A `--logo` whose type the format cannot embed (an SVG in a DOCX): the logo's
    /// path as messages name it.
    LogoType { path: String, format: &'static str },
}

/// Why the output could not be written: the run stops with exit 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutputFailure {
    /// Standard output refused a write (a full disk, ...). A closed pipe is not one:
    /// it ends the run quietly.
    Stdout(IoFailure),
    /// A report could not be serialised as JSON (serde_json's own message).
    Json(String),
    /// A Word document could not be packed (the zip writer's own message).
    Docx(String),
    /// `--output-dir` could not be created, or is not a directory.
    Directory { path: String, error: IoFailure },
    /// A report file could not be written.
    File { path: String, error: IoFailure },
    /// A file `--output-dir` would write exists, and `--force` was not given.
    Exists { path: String },
    /// The file `--output FILE` names exists, and `--force` was not given.
    FileExists { path: String },
    /// A file of the name a report was to take appeared after the names were checked
    /// (another run writing into the same place): it is kept, the report not written.
    Appeared { path: String },
    /// No profile was advised, so `--output FILE` was not written; `kept` when a file
    /// of that name was there and is left as it was.
    NothingAdvised { path: String, kept: bool },
    /// `--output FILE` names one of the run's own inputs: writing it would destroy
    /// what is being read.
    IsAnInput { path: String },
    /// Two profiles would be written to the same file.
    Clash {
        path: String,
        first: String,
        second: String,
    },
}

/// Everything that can be wrong with an input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Issue {
    FileTooLarge {
        kib: usize,
    },
    /// A `--logo` file larger than the limit.
    LogoTooLarge {
        kib: usize,
    },
    /// A `--logo` file that is not a PNG, JPEG or SVG image.
    LogoNotImage,
    Utf16,
    Utf32,
    NotUtf8,
    /// A NUL byte: binary data, not TOML text.
    NulByte,
    /// More problems than are told for one file: how many were left out.
    MoreProblems {
        count: usize,
    },
    /// The TOML parser's own message (English), and the text it stumbled on.
    Syntax {
        message: String,
        at: Option<String>,
    },
    UnknownKey {
        key: String,
        table: Option<&'static str>,
        hint: KeyHint,
    },
    WrongType {
        key: String,
        expected: Expected,
        found: Found,
    },
    Negative {
        key: String,
        found: String,
    },
    NumberTooLarge {
        key: String,
        found: String,
    },
    UnusableNumber {
        key: String,
        found: Found,
    },
    Money {
        key: String,
        error: MoneyError,
        found: Found,
    },
    UnknownValue {
        key: String,
        value: String,
        near: Option<&'static str>,
        valid: Vec<&'static str>,
    },
    UnknownIndustry {
        value: String,
        near: Option<&'static str>,
        valid: Vec<&'static str>,
    },
    Missing {
        key: crate::keys::ProfileKey,
    },
    EmptyName,
    ControlCharacters,
    /// A name longer than any organisation's (`max` characters).
    NameTooLong {
        max: usize,
    },
    BadCurrency {
        written: String,
    },
    ZeroRate,
    /// A `cny_rate` other than 1 while the currency is CNY; `alias` is how the
    /// currency was written when that was not `CNY` (`RMB`, `人民币`).
    RateWithCny {
        alias: Option<String>,
    },
    RateRequired {
        currency: String,
    },
    YuanOverflow {
        key: String,
        error: MoneyError,
    },
    Finance,
    NetworkWithoutLevels,
    LevelsEmpty,
    /// `[network] counts` names a level that `levels` does not list.
    CountForMissingLevel {
        /// The level's id.
        level: &'static str,
    },
    /// A count that must be at least 1.
    ZeroCount {
        key: String,
    },
    /// `[team]` without a non-empty `functions` list of names.
    TeamWithoutFunctions,
    /// A `[team] functions` item with nothing visible in it: empty, spaces, or
    /// only control and invisible characters.
    FunctionNameBlank,
    /// A `[team] functions` item holding a control or invisible character (shown
    /// escaped).
    FunctionNameHidden {
        found: String,
    },
    /// A `[team] functions` item named twice (in any letter case).
    FunctionRepeated {
        found: String,
    },
    /// `network.counts` gives one level twice (by its id and its Chinese name, say).
    RepeatedCount {
        level: &'static str,
    },
    LevelOrder {
        /// The level's id.
        level: &'static str,
        repeated: bool,
    },
    ScaleNotInferable,
    FigureMissing {
        key: crate::keys::ProfileKey,
        row: &'static str,
        row_name: &'static str,
        needs: Vec<crate::keys::ProfileKey>,
    },
    /// A `--rules` value that makes the advice meaningless.
    RuleNonsense {
        key: crate::rules::RuleKey,
    },
    Unreadable {
        what: Unreadable,
        error: IoFailure,
    },
    EmptyDirectory,
    StdinTwice,
    /// A profile with nothing in it but blanks and comments (an empty file, empty
    /// standard input).
    EmptyProfile,
    /// An answer sheet of a class set (tables `[case-01]` …, no `name`), given as a
    /// profile.
    AnswerSheet,
    /// A problem of a spreadsheet, a row or a cell (a profile's own problems in a
    /// cell included).
    Sheet(SheetIssue),
}

/// One problem in a file: where, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line and column (in characters), where the parser gives one.
    pub location: Option<(usize, usize)>,
    pub issue: Issue,
    /// Byte offset, for reporting in file order.
    pub offset: usize,
}

/// Every problem found in one input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileError {
    pub source: String,
    pub problems: Vec<Problem>,
}

impl ProfileError {
    /// A problem with the input as a whole (unreadable, too large, not UTF-8).
    pub fn whole_file(source: &str, issue: Issue) -> ProfileError {
        ProfileError {
            source: source.to_string(),
            problems: vec![Problem {
                location: None,
                issue,
                offset: 0,
            }],
        }
    }
}

/// "`a`, `b`, `c`".
pub fn backticked(keys: &[&str]) -> String {
    keys.iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Why a workbook could not be read: what the tool's own ODS reader found, or the
/// message of the workbook library (calamine, English), kept as it is for the
/// catalogues to recognise or quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkbookFault {
    /// An .ods whose `mimetype` is not a spreadsheet's.
    NotOds,
    /// An .ods without `content.xml`.
    NoContent,
    /// A repeat count (`number-rows-repeated` …) that is not a whole number above 0.
    BadRepeat,
    /// A space count (`text:c`) that is not a whole number.
    BadSpaceCount,
    /// More rows than a sheet can have.
    TooManyRows,
    /// A cell reference (`A1`) past any row or column a sheet can have.
    ReferenceOutOfRange,
    /// A cell reference that is not of the form `A1` (`B-4`, `A0`, `$B$2`).
    BadReference,
    /// A part the reader holds whole (shared strings, styles, the workbook) that
    /// unpacks to more than `mib` MiB, whatever its name.
    WholePartTooLarge { mib: u64 },
    /// Cell styles that come to more than `mib` MiB once read.
    StylesTooLarge { mib: u64 },
    /// `content.xml` ends inside a table, a row or a cell.
    EndsInside(WorkbookPart),
    /// An XML entity other than the five XML defines.
    UnknownEntity,
    /// Malformed XML, with the parser's message.
    Xml(String),
    /// More than `mib` MiB of XML without markup (whitespace, a comment, an
    /// attribute): no portfolio has it, and a reader would hold it whole.
    LongRun { mib: u64 },
    /// The workbook library's message.
    Reader(String),
}

/// Where a workbook's content ended too early.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkbookPart {
    Table,
    Row,
    Cell,
}

/// Problems particular to spreadsheets, as data: each catalogue words them
/// (`text::SheetText::sheet_issue`). A row's profile problems are the profile's own
/// [`Issue`]s, placed in their cell by [`SheetIssue::InCell`]. It lives here, beside
/// [`Issue`], because each can hold the other.
/// What can be wrong with a sheet, a row or a cell, beyond what a profile checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SheetIssue {
    /// The file is UTF-16 text (Excel's "Unicode text").
    Utf16,
    /// The file is UTF-32 text.
    Utf32,
    /// Bytes that are not UTF-8 (a CSV saved as GBK, or not text at all).
    NotUtf8,
    /// A NUL byte: binary data, not a text sheet.
    NulByte,
    /// A `.xlsx`/`.ods` that is not a zip archive.
    NotAZip,
    /// A `.xls` that is not a compound file: `zip` when it is a zipped workbook
    /// (an XLSX or ODS renamed).
    NotAnXls {
        zip: bool,
    },
    /// A workbook that could not be read, and why.
    BadWorkbook(WorkbookFault),
    /// A workbook that could not be read past a row or a cell: the row (1-based,
    /// as the sheet numbers it), the cell's column letter, and why.
    BadWorkbookAt {
        row: u64,
        letter: Option<String>,
        fault: WorkbookFault,
    },
    /// A workbook that could not be read near a row (1-based: the row being read
    /// or the last read; `None` before the first), where the fault's own row is not
    /// known: a cell reference that names no cell.
    BadWorkbookNear {
        row: Option<u64>,
        fault: WorkbookFault,
    },
    /// The workbook file is larger than the limit.
    WorkbookTooLarge {
        mib: u64,
    },
    /// A part of a zipped workbook unpacks to more than the limit (a zip bomb).
    PartTooLarge {
        part: String,
        mib: u64,
    },
    /// A zipped workbook's parts together decompress to more than the limit.
    UnpacksTooLarge {
        mib: u64,
    },
    /// A zipped workbook that unpacks to more than `ratio` times its own size,
    /// past `floor_mib`: what a zip bomb does, never a portfolio.
    PackedTooTight {
        ratio: u64,
        floor_mib: u64,
    },
    /// `--sheet NAME` names no sheet of the workbook.
    NoSuchSheet {
        name: String,
        sheets: Vec<String>,
    },
    /// A workbook without sheets.
    NoSheets,
    /// A zipped workbook whose directory names two parts alike: which is meant is
    /// not guessed (a reader would take one silently).
    DuplicateParts,
    /// `--sheet` given for a CSV or TSV file, which has one sheet.
    SheetOptionForText,
    /// No header row: the sheet is empty.
    Empty,
    /// A header row and no row under it: no profile to advise.
    NoRows,
    /// The header names no profile key (only notes or empty names).
    NoColumns,
    /// The first row is one cell of column names joined by this separator: a CSV
    /// written with `;` (or a tab) between its values.
    OtherSeparator {
        separator: char,
    },
    /// A workbook's sheet whose first row names no column of a profile (a cover sheet,
    /// notes): the sheet's name, for `--sheet`.
    NoColumnsInSheet {
        sheet: String,
    },
    UnknownColumn {
        letter: String,
        name: String,
        near: Option<crate::keys::ProfileKey>,
    },
    /// Two headers name one key (`Revenue` and `Sales`): `key`, first at column
    /// `first` as `first_name`.
    DuplicateColumn {
        letter: String,
        name: String,
        first: String,
        first_name: String,
        key: crate::keys::ProfileKey,
    },
    /// A header that may mean more than one key (`Size`: `scale` or `employees`).
    AmbiguousColumn {
        letter: String,
        name: String,
        keys: Vec<crate::keys::ProfileKey>,
    },
    TooManyColumns {
        max: usize,
    },
    /// An XLS workbook with more cells than it may hold (it is read whole).
    TooManyCells {
        max: usize,
    },
    /// A workbook whose cells, written out, come to more than its budget
    /// (twice its size, 1 MiB more): a shared string referenced by very many cells,
    /// or rows repeated very many times.
    Expands {
        mib: u64,
    },
    /// A quoted CSV cell opened in this row and never closed: the `lines` line
    /// breaks after it, to the end of the file, were read into it.
    UnclosedQuote {
        lines: u64,
    },
    /// A row (or a cell) larger than the limit.
    RowTooLarge {
        kib: usize,
    },
    /// A workbook that gives one cell of a row twice (a row repeated under one
    /// number).
    CellTwice {
        letter: String,
    },
    /// A row whose number comes after a later row's (`after`, 1-based): the
    /// workbook gives that row again, or its rows out of order.
    RowOutOfOrder {
        after: u64,
    },
    /// An amount whose number format adds text that cannot be read with the
    /// number (a percentage or an exponent with a unit, a sign of an unknown
    /// locale, a condition not understood).
    FormatNotRead,
    /// A value under a column that has no name in the header row.
    ValueWithoutColumn {
        letter: String,
    },
    /// A required key's cell is empty: its column's letter and name as written, or
    /// `None` when the sheet has no such column.
    MissingCell {
        key: crate::keys::ProfileKey,
        column: Option<(String, String)>,
    },
    /// A yes/no cell with another value.
    NotAFlag {
        found: String,
    },
    /// A `counts` item that is not `level=number`.
    BadCountsItem {
        found: String,
    },
    /// A level given twice in a `counts` cell.
    RepeatedCountsItem {
        found: String,
    },
    /// A number cell holding NaN or an infinity.
    NotFinite {
        found: String,
    },
    /// A cell type a profile has no use for (a date, an error such as #N/A).
    UnusableCell {
        found: String,
    },
    /// One of the profile's own problems, in a cell: the column's letter, its name as
    /// written in the header, and the problem.
    InCell {
        letter: String,
        name: String,
        issue: Box<Issue>,
    },
}
