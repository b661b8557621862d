package vn.motcua.e2e.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Realistic submissions: citizens online to commune offices (a one-document residence confirmation), officers at
 * the counter of the provincial centre and the construction department (a criminal-record extract, two documents).
 */
final class Workload {
    private static final String[] CITIZENS = {"citizen1", "citizen2"};
    private static final String[] CITIZEN_IDS = {"019095012345", "001301000123"};
    private static final String[] OFFICERS = {"officer1", "officer2"};
    private static final String[] OFFICE_AGENCIES = {"000.00.12.H57", "000.00.13.H57"};
    private volatile String[] citizenTokens;
    private volatile String[] officerTokens;

    Workload() {
        refreshTokens();
    }

    static List<String> agencies() {
        List<String> all = new ArrayList<>(IntakeBenchmark.COMMUNES);
        all.addAll(List.of(OFFICE_AGENCIES));
        return all;
    }

    void refreshTokens() {
        citizenTokens = new String[] {IntakeBenchmark.token(CITIZENS[0]), IntakeBenchmark.token(CITIZENS[1])};
        officerTokens = new String[] {IntakeBenchmark.token(OFFICERS[0]), IntakeBenchmark.token(OFFICERS[1])};
    }

    /** Seven in ten online, three at the counter. */
    LoadStep.Submission submission(int i) {
        return i % 10 < 7 ? online(i) : counter(i);
    }

    LoadStep.Submission online(int i) {
        int who = i % 2;
        String agency = IntakeBenchmark.COMMUNES.get((i / 2) % IntakeBenchmark.COMMUNES.size());
        return new LoadStep.Submission(citizenTokens[who], body("1.003583", agency, CITIZEN_IDS[who], "\"TK\"", i));
    }

    LoadStep.Submission counter(int i) {
        int who = i % 2;
        return new LoadStep.Submission(
                officerTokens[who], body("2.000488", OFFICE_AGENCIES[who], "036188004567", "\"TK\",\"CCCD\"", i));
    }

    private static String body(String procedure, String agency, String idNumber, String components, int i) {
        StringBuilder docs = new StringBuilder();
        for (String c : components.split(",")) {
            docs.append(docs.isEmpty() ? "" : ",")
                    .append("{\"componentCode\":")
                    .append(c)
                    .append('}');
        }
        return """
                {"procedureCode":"%s","agencyCode":"%s","applicant":{"type":"CITIZEN","fullName":"Lê Thị Hoa",\
                "idNumber":"%s",
                 "phone":"0912%06d","email":"hoa%d@example.vn","address":"Tổ 5, phường Phan Đình Phùng, Thái Nguyên"},\
                "documents":[%s]}""".formatted(procedure, agency, idNumber, i % 1_000_000, i, docs);
    }
}
