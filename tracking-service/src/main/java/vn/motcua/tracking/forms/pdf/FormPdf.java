package vn.motcua.tracking.forms.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * A printed form of Circular 03/2025 on A4, built top to bottom: the two-column heading (agency, national
 * motto), a title, lines, tables and signature blocks. Liberation Serif (a metric twin of Times New Roman,
 * with Vietnamese glyphs) is embedded so diacritics print on any reader.
 */
public final class FormPdf {
    private static final BaseFont REGULAR = load("LiberationSerif-Regular.ttf");
    private static final BaseFont BOLD = load("LiberationSerif-Bold.ttf");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
    private final Document doc = new Document(PageSize.A4, 60, 45, 45, 45);

    public FormPdf(String title, String agencyName) {
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(title);
            doc.addCreator("motcua tracking-service");
            doc.open();
            var heading = new PdfPTable(new float[] {4, 6});
            heading.setWidthPercentage(100);
            heading.addCell(
                    borderless(agencyName.toUpperCase(Locale.forLanguageTag("vi")), BOLD, Element.ALIGN_CENTER));
            heading.addCell(borderless(
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", BOLD, Element.ALIGN_CENTER));
            doc.add(heading);
            var p = new Paragraph(title.toUpperCase(Locale.forLanguageTag("vi")), new Font(BOLD, 14));
            p.setAlignment(Element.ALIGN_CENTER);
            p.setSpacingBefore(18);
            p.setSpacingAfter(8);
            doc.add(p);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    public FormPdf line(String text) {
        var p = new Paragraph(text, new Font(REGULAR, 12));
        p.setSpacingAfter(3);
        return add(p);
    }

    public FormPdf table(float[] widths, List<String> head, List<List<String>> rows) {
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        head.forEach(h -> table.addCell(new PdfPCell(new Phrase(h, new Font(BOLD, 10)))));
        rows.forEach(r -> r.forEach(c -> table.addCell(new PdfPCell(new Phrase(c, new Font(REGULAR, 10))))));
        return add(table);
    }

    public FormPdf signatures(String left, String right) {
        var table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(24);
        table.addCell(borderless(left, BOLD, Element.ALIGN_CENTER));
        table.addCell(borderless(right, BOLD, Element.ALIGN_CENTER));
        return add(table);
    }

    public byte[] finish() {
        doc.close();
        return out.toByteArray();
    }

    private FormPdf add(Element e) {
        try {
            doc.add(e);
            return this;
        } catch (DocumentException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static PdfPCell borderless(String text, BaseFont font, int align) {
        var cell = new PdfPCell(new Phrase(text, new Font(font, 11)));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(align);
        return cell;
    }

    private static BaseFont load(String file) {
        try (InputStream in = FormPdf.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font liberation/" + file + " is not on the class path");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
