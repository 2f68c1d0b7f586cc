//! The decision table as DMN 1.3 XML: one decision holding the table (hit policy
//! FIRST, FEEL unary tests), an input data element per input with the requirement that
//! joins it to the decision, and the DMNDI shapes and edges a modeler needs to draw
//! the decision requirements diagram. Written with quick-xml's writer, which escapes
//! every attribute and text.

use std::io;

use quick_xml::Writer;
use quick_xml::escape::partial_escape;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::{Input, Output, Row, rows, string_literal};
use crate::rules::Rules;
use crate::text::Catalog;
use crate::text::Topic;

/// The DMN 1.3 model namespace.
pub(crate) const MODEL_NS: &str = "https://www.omg.org/spec/DMN/20191111/MODEL/";
const DMNDI_NS: &str = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
const DC_NS: &str = "http://www.omg.org/spec/DMN/20180521/DC/";
const DI_NS: &str = "http://www.omg.org/spec/DMN/20180521/DI/";
/// The namespace of the tool's own model.
const TOOL_NS: &str = "urn:kam-advise:form-rules";

const DECISION: &str = "form-rules";

/// Where the diagram draws the decision and the input data in a row below it, clear
/// of the palette and title a modeler lays over the top left corner.
mod layout {
    pub(super) const LEFT: u32 = 120;
    pub(super) const INPUT_Y: u32 = 340;
    pub(super) const INPUT_WIDTH: u32 = 135;
    pub(super) const INPUT_HEIGHT: u32 = 45;
    pub(super) const INPUT_STEP: u32 = 150;
    /// The decision, centred over the six inputs: x, y, width, height.
    pub(super) const DECISION: (u32, u32, u32, u32) = (
        LEFT + (5 * INPUT_STEP + INPUT_WIDTH - 400) / 2,
        160,
        400,
        80,
    );
}

/// Writes the form rules in force as a DMN 1.3 document, with a final newline. Every
/// error is one of `out`.
pub fn write<W: io::Write>(out: W, rules: &Rules, text: &dyn Catalog) -> io::Result<()> {
    let mut xml = Writer::new_with_indent(out, b' ', 2);
    xml.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let title = text.topic_title(Topic::Forms);
    xml.create_element("definitions")
        .with_attribute(("xmlns", MODEL_NS))
        .with_attribute(("xmlns:dmndi", DMNDI_NS))
        .with_attribute(("xmlns:dc", DC_NS))
        .with_attribute(("xmlns:di", DI_NS))
        .with_attribute(("id", "kam-advise"))
        .with_attribute(("name", title))
        .with_attribute(("namespace", TOOL_NS))
        .with_attribute(("exporter", "kam-advise"))
        .with_attribute(("exporterVersion", env!("CARGO_PKG_VERSION")))
        .write_inner_content(|xml| {
            decision(xml, title, rules, text)?;
            for input in Input::ALL {
                input_data(xml, *input)?;
            }
            diagram(xml)
        })?;
    xml.get_mut().write_all(b"\n")
}

fn decision<W: io::Write>(
    xml: &mut Writer<W>,
    title: &str,
    rules: &Rules,
    text: &dyn Catalog,
) -> io::Result<()> {
    xml.create_element("decision")
        .with_attribute(("id", DECISION))
        .with_attribute(("name", title))
        .write_inner_content(|xml| {
            for input in Input::ALL {
                xml.create_element("informationRequirement")
                    .with_attribute(("id", requirement_id(*input).as_str()))
                    .write_inner_content(|xml| {
                        xml.create_element("requiredInput")
                            .with_attribute(("href", format!("#{}", input_id(*input)).as_str()))
                            .write_empty()?;
                        Ok(())
                    })?;
            }
            table(xml, rules, text)
        })?;
    Ok(())
}

fn table<W: io::Write>(xml: &mut Writer<W>, rules: &Rules, text: &dyn Catalog) -> io::Result<()> {
    xml.create_element("decisionTable")
        .with_attribute(("id", "form-rules-table"))
        .with_attribute(("hitPolicy", "FIRST"))
        .write_inner_content(|xml| {
            for input in Input::ALL {
                input_column(xml, *input, text)?;
            }
            for output in Output::ALL {
                output_column(xml, *output, text)?;
            }
            for row in rows(rules) {
                rule(xml, &row, rules, text)?;
            }
            Ok(())
        })?;
    Ok(())
}

fn input_column<W: io::Write>(
    xml: &mut Writer<W>,
    input: Input,
    text: &dyn Catalog,
) -> io::Result<()> {
    let slug = input.slug();
    xml.create_element("input")
        .with_attribute(("id", format!("column-{slug}").as_str()))
        .with_attribute(("label", input.label(text)))
        .write_inner_content(|xml| {
            xml.create_element("inputExpression")
                .with_attribute(("id", format!("expression-{slug}").as_str()))
                .with_attribute(("typeRef", input.value_type().feel()))
                .write_inner_content(|xml| text_element(xml, "text", slug))?;
            allowed_values(xml, "inputValues", slug, &input.ids())
        })?;
    Ok(())
}

fn output_column<W: io::Write>(
    xml: &mut Writer<W>,
    output: Output,
    text: &dyn Catalog,
) -> io::Result<()> {
    let slug = output.slug();
    xml.create_element("output")
        .with_attribute(("id", format!("column-{slug}").as_str()))
        .with_attribute(("label", output.label(text)))
        .with_attribute(("name", slug))
        .with_attribute(("typeRef", "string"))
        .write_inner_content(|xml| allowed_values(xml, "outputValues", slug, &output.ids()))?;
    Ok(())
}

/// The ids a column takes, as a FEEL list an editor offers to choose from.
fn allowed_values<W: io::Write>(
    xml: &mut Writer<W>,
    element: &str,
    slug: &str,
    ids: &[&str],
) -> io::Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let list = ids
        .iter()
        .map(|id| string_literal(id))
        .collect::<Vec<_>>()
        .join(",");
    xml.create_element(element)
        .with_attribute(("id", format!("values-{slug}").as_str()))
        .write_inner_content(|xml| text_element(xml, "text", &list))?;
    Ok(())
}

fn rule<W: io::Write>(
    xml: &mut Writer<W>,
    row: &Row,
    rules: &Rules,
    text: &dyn Catalog,
) -> io::Result<()> {
    let id = format!("rule-{}", row.rule.slug());
    xml.create_element("rule")
        .with_attribute(("id", id.as_str()))
        .write_inner_content(|xml| {
            text_element(xml, "description", &row.annotation(rules, text))?;
            for input in Input::ALL {
                // "-" is FEEL's test that accepts any value.
                let test = row.test(*input).unary().unwrap_or_else(|| "-".into());
                entry(xml, "inputEntry", &format!("{id}-{input}"), &test)?;
            }
            for output in Output::ALL {
                let value = string_literal(row.output(*output));
                entry(xml, "outputEntry", &format!("{id}-{output}"), &value)?;
            }
            Ok(())
        })?;
    Ok(())
}

fn entry<W: io::Write>(
    xml: &mut Writer<W>,
    element: &str,
    id: &str,
    value: &str,
) -> io::Result<()> {
    xml.create_element(element)
        .with_attribute(("id", id))
        .write_inner_content(|xml| text_element(xml, "text", value))?;
    Ok(())
}

fn input_data<W: io::Write>(xml: &mut Writer<W>, input: Input) -> io::Result<()> {
    let slug = input.slug();
    xml.create_element("inputData")
        .with_attribute(("id", input_id(input).as_str()))
        .with_attribute(("name", slug))
        .write_inner_content(|xml| {
            xml.create_element("variable")
                .with_attribute(("id", format!("variable-{slug}").as_str()))
                .with_attribute(("name", slug))
                .with_attribute(("typeRef", input.value_type().feel()))
                .write_empty()?;
            Ok(())
        })?;
    Ok(())
}

/// The decision requirements diagram: the decision on top, the input data in a row
/// below, an edge from each input to the decision.
fn diagram<W: io::Write>(xml: &mut Writer<W>) -> io::Result<()> {
    xml.create_element("dmndi:DMNDI")
        .write_inner_content(|xml| {
            xml.create_element("dmndi:DMNDiagram")
                .with_attribute(("id", "diagram"))
                .write_inner_content(|xml| {
                    let (x, y, width, height) = layout::DECISION;
                    shape(xml, DECISION, (x, y, width, height))?;
                    let count = u32::try_from(Input::ALL.len()).unwrap_or(u32::MAX);
                    for (i, input) in (0..).zip(Input::ALL) {
                        let left = layout::LEFT + i * layout::INPUT_STEP;
                        let bounds = (
                            left,
                            layout::INPUT_Y,
                            layout::INPUT_WIDTH,
                            layout::INPUT_HEIGHT,
                        );
                        shape(xml, &input_id(*input), bounds)?;
                        let from = (left + layout::INPUT_WIDTH / 2, layout::INPUT_Y);
                        let to = (x + width * (i + 1) / (count + 1), y + height);
                        edge(xml, *input, from, to)?;
                    }
                    Ok(())
                })?;
            Ok(())
        })?;
    Ok(())
}

fn shape<W: io::Write>(
    xml: &mut Writer<W>,
    element: &str,
    (x, y, width, height): (u32, u32, u32, u32),
) -> io::Result<()> {
    xml.create_element("dmndi:DMNShape")
        .with_attribute(("id", format!("shape-{element}").as_str()))
        .with_attribute(("dmnElementRef", element))
        .write_inner_content(|xml| {
            xml.create_element("dc:Bounds")
                .with_attribute(("height", height.to_string().as_str()))
                .with_attribute(("width", width.to_string().as_str()))
                .with_attribute(("x", x.to_string().as_str()))
                .with_attribute(("y", y.to_string().as_str()))
                .write_empty()?;
            Ok(())
        })?;
    Ok(())
}

fn edge<W: io::Write>(
    xml: &mut Writer<W>,
    input: Input,
    from: (u32, u32),
    to: (u32, u32),
) -> io::Result<()> {
    xml.create_element("dmndi:DMNEdge")
        .with_attribute(("id", format!("edge-{input}").as_str()))
        .with_attribute(("dmnElementRef", requirement_id(input).as_str()))
        .write_inner_content(|xml| {
            for (x, y) in [from, to] {
                xml.create_element("di:waypoint")
                    .with_attribute(("x", x.to_string().as_str()))
                    .with_attribute(("y", y.to_string().as_str()))
                    .write_empty()?;
            }
            Ok(())
        })?;
    Ok(())
}

fn text_element<W: io::Write>(xml: &mut Writer<W>, element: &str, text: &str) -> io::Result<()> {
    xml.create_element(element)
        // Quotes stay as they are in text, so FEEL strings read as written.
        .write_text_content(BytesText::from_escaped(partial_escape(text)))?;
    Ok(())
}

fn input_id(input: Input) -> String {
    format!("input-{input}")
}

fn requirement_id(input: Input) -> String {
    format!("requires-{input}")
}
