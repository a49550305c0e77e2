// A flat OpenDocument text (.fodt) of an interview, written from govtech-convert's JSON tree as
// an editor lays one out in LibreOffice Writer: the title in the Title style, each question a
// bold paragraph (or "Name: text" turns for a transcript), headings in Heading N, lists,
// tables, footnotes, and the document's language and direction in the default style.
const escape = (text) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const complex = new Set(["ar", "he", "fa", "ur", "hi", "th"]);
const asian = new Set(["ja", "zh", "ko"]);
const rightToLeft = new Set(["ar", "he", "fa", "ur"]);

function inlines(nodes) {
  return (nodes ?? [])
    .map((node) => {
      switch (node.type) {
        case "text":
          return escape(node.text).replace(/ {2,}/g, (s) => ` <text:s text:c="${s.length - 1}"/>`);
        case "code":
          return `<text:span text:style-name="Code">${escape(node.text)}</text:span>`;
        case "soft_break":
          return " ";
        case "hard_break":
          return "<text:line-break/>";
        case "strong":
          return `<text:span text:style-name="Bold">${inlines(node.content)}</text:span>`;
        case "emphasis":
          return `<text:span text:style-name="Italic">${inlines(node.content)}</text:span>`;
        case "link":
          return `<text:a xlink:type="simple" xlink:href="${escape(node.url)}">${inlines(node.content)}</text:a>`;
        case "quoted":
          return (node.quote === "single" ? "‘" : "“") + inlines(node.content) +
            (node.quote === "single" ? "’" : "”");
        case "note":
          return `<text:note text:note-class="footnote"><text:note-citation>*</text:note-citation>` +
            `<text:note-body>${blocks(node.content)}</text:note-body></text:note>`;
        case "image":
          return inlines(node.alt);
        default:
          return inlines(node.content);
      }
    })
    .join("");
}

const paragraph = (content, style = "Standard") =>
  `<text:p text:style-name="${style}">${content}</text:p>\n`;

function blocks(list, style = "Standard") {
  return (list ?? [])
    .map((b) => {
      switch (b.type) {
        case "paragraph":
          return paragraph(inlines(b.content), style);
        case "heading":
          return `<text:h text:style-name="Heading_20_${b.level}" text:outline-level="${b.level}">` +
            `${inlines(b.content)}</text:h>\n`;
        case "bullet_list":
        case "ordered_list":
          return `<text:list text:style-name="${b.type === "ordered_list" ? "Numbers" : "Bullets"}">` +
            b.items.map((item) => `<text:list-item>${blocks(item.content, "List_20_Paragraph")}</text:list-item>`).join("") +
            "</text:list>\n";
        case "block_quote":
          return blocks(b.content, "Quotations");
        case "code_block":
          return b.text.replace(/\n$/, "").split("\n")
            .map((line) => paragraph(escape(line), "Preformatted_20_Text")).join("");
        case "table": {
          const rows = [...(b.header?.length ? [b.header] : []), ...b.rows];
          const width = Math.max(...rows.map((r) => r.length));
          return `<table:table table:name="Table${++tables}"><table:table-column table:number-columns-repeated="${width}"/>` +
            rows.map((r) => "<table:table-row>" +
              r.map((c) => `<table:table-cell office:value-type="string">${paragraph(inlines(c), "Table_20_Contents")}</table:table-cell>`).join("") +
              "</table:table-row>").join("") + "</table:table>\n";
        }
        case "division":
          return blocks(b.content, b.attributes?.direction === "rtl" ? "RightToLeft" : style);
        case "thematic_break":
          return paragraph("", "Horizontal_20_Line");
        default:
          return blocks(b.content ?? [], style);
      }
    })
    .join("");
}
let tables = 0;

export function fodt(doc) {
  tables = 0;
  const meta = doc.meta ?? {};
  const language = (meta.language ?? "en").split("-")[0];
  const which = complex.has(language) ? "style:language-complex" : asian.has(language) ? "style:language-asian" : "fo:language";
  const mode = rightToLeft.has(language) ? "rl-tb" : "lr-tb";
  const bold = 'fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"';
  let text = "";
  if (meta.title) text += paragraph(escape(meta.title), "Title");
  if (meta.subtitle) text += paragraph(escape(meta.subtitle), "Subtitle");
  const person = meta.interviewee ?? {};
  const who = [person.name, person.role, person.organisation].filter(Boolean).join(", ");
  if (who) text += paragraph(escape(who));
  if (meta.authors?.length) text += paragraph(escape(`By ${meta.authors.join(" and ")}`));
  text += blocks(doc.intro);
  for (const entry of doc.entries ?? []) {
    if (entry.question_speaker) {
      text += paragraph(escape(`${entry.question_speaker}: `) + inlines(entry.question));
      const [first, ...rest] = entry.answer ?? [];
      if (first?.type === "paragraph" && entry.answer_speaker) {
        text += paragraph(escape(`${entry.answer_speaker}: `) + inlines(first.content)) + blocks(rest);
      } else {
        text += blocks(entry.answer);
      }
    } else {
      text += paragraph(inlines(entry.question), "Question") + blocks(entry.answer);
    }
  }
  text += blocks(doc.trailing);
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta>${meta.title ? `<dc:title>${escape(meta.title)}</dc:title>` : ""}${meta.authors?.length ? `<dc:creator>${escape(meta.authors[0])}</dc:creator>` : ""}<dc:language>${language}</dc:language></office:meta>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties style:writing-mode="${mode}"/><style:text-properties ${which}="${language}"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:text-properties fo:font-size="28pt"/></style:style>
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"/>
${[1, 2, 3].map((n) => `<style:style style:name="Heading_20_${n}" style:display-name="Heading ${n}" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="${n}" style:class="text"><style:text-properties ${bold}/></style:style>`).join("\n")}
<style:style style:name="Quotations" style:family="paragraph" style:parent-style-name="Standard" style:class="html"><style:paragraph-properties fo:margin-left="1cm"/></style:style>
<style:style style:name="Preformatted_20_Text" style:display-name="Preformatted Text" style:family="paragraph" style:parent-style-name="Standard" style:class="html"><style:text-properties fo:font-family="'Courier New'"/></style:style>
<style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Horizontal_20_Line" style:display-name="Horizontal Line" style:family="paragraph" style:parent-style-name="Standard"/>
<text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
<text:list-style style:name="Numbers"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/></text:list-style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Question" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties ${bold}/></style:style>
<style:style style:name="RightToLeft" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties style:writing-mode="rl-tb"/></style:style>
<style:style style:name="Bold" style:family="text"><style:text-properties ${bold}/></style:style>
<style:style style:name="Italic" style:family="text"><style:text-properties fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic"/></style:style>
<style:style style:name="Code" style:family="text"><style:text-properties fo:font-family="'Courier New'"/></style:style>
</office:automatic-styles>
<office:body><office:text>
${text}</office:text></office:body></office:document>
`;
}
