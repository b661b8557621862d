package vn.motcua.stack.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** The simulator's page: what the province sent, newest first, so a person can check it by eye. */
final class PortalPage {
    private PortalPage() {}

    static String render(List<Map.Entry<String, JsonNode>> dossiers, ObjectNode stats) {
        StringBuilder rows = new StringBuilder();
        for (Map.Entry<String, JsonNode> e : dossiers) {
            JsonNode r = e.getValue();
            rows.append("<tr><td><a href=\"/sim/dossiers/")
                    .append(esc(e.getKey()))
                    .append("\">")
                    .append(esc(e.getKey()))
                    .append("</a></td><td>")
                    .append(esc(r.path("TenTTHC").asText()))
                    .append("</td><td>")
                    .append(esc(r.path("TrangThaiHoSo").asText()))
                    .append("</td><td>")
                    .append(esc(r.path("NgayTiepNhan").asText()))
                    .append("</td><td>")
                    .append(esc(r.path("NgayHenTra").asText()))
                    .append("</td></tr>\n");
        }
        return """
                <!doctype html><html lang="vi"><head><meta charset="utf-8">
                <title>Mô phỏng Cổng Dịch vụ công quốc gia</title>
                <style>body{font-family:sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid \
                #999;padding:.3rem .6rem}</style>
                </head><body><h1>Mô phỏng Cổng Dịch vụ công quốc gia</h1>
                <p>%s</p>
                <table><thead><tr><th>Mã hồ sơ</th><th>Thủ tục</th><th>Trạng thái</th><th>Ngày tiếp nhận</th><th>Ngày \
                hẹn trả</th></tr></thead>
                <tbody>%s</tbody></table></body></html>
                """.formatted(esc(stats.toString()), rows);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
