package vn.motcua.intake.receipt.pdf;

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
import vn.motcua.intake.receipt.domain.ReceiptSlip;

/**
 * Lays out form 01 of Circular 03/2025 on A4. The Liberation Serif fonts (metric twins of Times New Roman,
 * the face of Vietnamese official documents) are embedded, so diacritics print on any reader.
 */
public final class ReceiptPdf {
    private static final BaseFont REGULAR = font("LiberationSerif-Regular.ttf");
    private static final BaseFont BOLD = font("LiberationSerif-Bold.ttf");

    private ReceiptPdf() {}

    public static byte[] render(ReceiptSlip slip) {
        var out = new ByteArrayOutputStream(16_384);
        var doc = new Document(PageSize.A4, 60, 45, 45, 45);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Giấy tiếp nhận hồ sơ và hẹn trả kết quả " + slip.code());
            doc.addCreator("motcua intake-service");
            doc.open();
            doc.add(header(slip.agencyName()));
            doc.add(centered("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", new Font(BOLD, 14), 18));
            doc.add(centered("Mã hồ sơ: " + slip.code(), new Font(BOLD, 12), 4));
            doc.add(line(slip.agencyName() + " đã tiếp nhận hồ sơ của:"));
            // A business or an organisation is not "Ông/Bà", and it is identified by its tax code.
            boolean person = slip.applicantIsPerson();
            doc.add(line((person ? "Ông/Bà: " : "Tổ chức, doanh nghiệp: ") + slip.applicantName()));
            doc.add(line((person ? "Số định danh cá nhân: " : "Mã số thuế: ") + slip.maskedIdNumber()));
            if (slip.address().isPresent()) {
                doc.add(line("Địa chỉ: " + slip.address().get()));
            }
            doc.add(line("Số điện thoại: " + slip.maskedPhone()
                    + slip.email().map(e -> "      Thư điện tử: " + e).orElse("")));
            doc.add(line("Nội dung yêu cầu giải quyết: " + slip.procedureName()));
            doc.add(line("1. Thành phần hồ sơ nộp gồm:"));
            doc.add(documents(slip));
            doc.add(line("2. Số lượng hồ sơ: 01 bộ"));
            doc.add(line("3. Thời gian giải quyết hồ sơ theo quy định: " + slip.processingTime()));
            doc.add(line("4. Thời gian nhận hồ sơ: " + ReceiptSlip.when(slip.receivedAt())));
            doc.add(line("5. Thời gian trả kết quả giải quyết hồ sơ: " + slip.appointment()));
            doc.add(line("6. Đăng ký nhận kết quả tại: " + slip.agencyName()));
            doc.add(signatures(slip.receivedBy()));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("form 01 could not be laid out", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable header(String agencyName) {
        var table = new PdfPTable(new float[] {4, 6});
        table.setWidthPercentage(100);
        table.addCell(plain(agencyName.toUpperCase(java.util.Locale.forLanguageTag("vi")), new Font(BOLD, 11)));
        table.addCell(plain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", new Font(BOLD, 11)));
        return table;
    }

    private static PdfPTable documents(ReceiptSlip slip) throws DocumentException {
        var table = new PdfPTable(new float[] {1, 9, 2, 2});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        for (String head : new String[] {"TT", "Tên giấy tờ", "Bản chính", "Bản sao"}) {
            table.addCell(new PdfPCell(new Phrase(head, new Font(BOLD, 11))));
        }
        int n = 1;
        for (ReceiptSlip.Line d : slip.documents()) {
            table.addCell(new Phrase(Integer.toString(n++), new Font(REGULAR, 11)));
            table.addCell(new Phrase(d.name(), new Font(REGULAR, 11)));
            table.addCell(new Phrase(Integer.toString(d.originals()), new Font(REGULAR, 11)));
            table.addCell(new Phrase(Integer.toString(d.copies()), new Font(REGULAR, 11)));
        }
        return table;
    }

    private static PdfPTable signatures(String receivedBy) {
        var table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(24);
        table.addCell(plain("NGƯỜI NỘP HỒ SƠ\n(Ký và ghi rõ họ tên)", new Font(BOLD, 11)));
        table.addCell(plain("NGƯỜI TIẾP NHẬN HỒ SƠ\n(Ký và ghi rõ họ tên)\n\n\n" + receivedBy, new Font(BOLD, 11)));
        return table;
    }

    private static PdfPCell plain(String text, Font font) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private static Paragraph centered(String text, Font font, float spacingBefore) {
        var p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spacingBefore);
        p.setSpacingAfter(6);
        return p;
    }

    private static Paragraph line(String text) {
        var p = new Paragraph(text, new Font(REGULAR, 12));
        p.setSpacingAfter(3);
        return p;
    }

    private static BaseFont font(String file) {
        try (InputStream in = ReceiptPdf.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
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
