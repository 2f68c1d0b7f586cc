//! Enums whose values users write and scripts read as fixed lower-case slugs.

/// A fieldless enum named by slugs, as [`slug_enum!`] defines it: what code above the
/// engine needs to take any such enum by its words (the command line's value parser).
pub trait Slug: Copy + 'static {
    /// Every value, in the order they are listed.
    const ALL: &'static [Self];

    /// The value's word.
    fn slug(self) -> &'static str;

    /// The value whose word this is.
    fn from_slug(text: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.slug() == text)
    }
}

/// Defines a fieldless enum with a slug per variant, `ALL`, `slug()`, `from_slug()`
/// (also as the [`Slug`] trait), a list of the valid slugs for error messages,
/// `Serialize` as the slug, and a JSON Schema that is the string enum of the slugs
/// (`kam-advise schema`).
#[macro_export]
macro_rules! slug_enum {
    ($(#[$meta:meta])* pub enum $name:ident {
        $($(#[$vmeta:meta])* $variant:ident = $slug:literal),+ $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn slug(self) -> &'static str {
                match self {
                    $($name::$variant => $slug),+
                }
            }

            pub fn from_slug(text: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.slug() == text)
            }

            /// The valid slugs, for error messages: "`a`, `b`, `c`".
            pub fn valid_list() -> String {
                Self::ALL
                    .iter()
                    .map(|v| format!("`{}`", v.slug()))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        }

        impl $crate::slug::Slug for $name {
            const ALL: &'static [$name] = $name::ALL;

            fn slug(self) -> &'static str {
                $name::slug(self)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.slug())
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn schema_id() -> std::borrow::Cow<'static, str> {
                concat!(module_path!(), "::", stringify!($name)).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "enum": Self::ALL.iter().map(|v| v.slug()).collect::<Vec<_>>(),
                })
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.slug())
            }
        }
    };
}

pub use slug_enum;

/// Input accepts British and American spelling alike: `service-centre` = `service-center`.
pub(crate) fn centre_as_center(text: &str) -> String {
    text.replace("centre", "center")
}
