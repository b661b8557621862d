package vn.motcua.stack;

/** What a developer needs after `deploy/stack up`: the URLs, the demo users and a first request. */
final class Banner {
    private Banner() {}

    static String text(StackConfig c) {
        String kc = "http://127.0.0.1:" + c.keycloakPort();
        return """

                Một cửa platform is running on the local stack.
                  intake-service        http://127.0.0.1:8081   (Swagger UI: http://127.0.0.1:9081/q/swagger-ui)
                  tracking-service      http://127.0.0.1:8082
                  notification-service  http://127.0.0.1:8083
                  health, metrics, API  http://127.0.0.1:9081/q/health, /q/metrics, /q/openapi (9082, 9083 for the \
                others)
                  Keycloak              %1$s/admin   (admin / admin)
                  Prometheus            http://127.0.0.1:%4$d   (rules: deploy/prometheus; Grafana: see \
                deploy/README.md)
                  MariaDB               127.0.0.1:%2$d    Kafka 127.0.0.1:%3$d (SASL/SCRAM: admin / \
                admin-kafka-local-pw)
                  national portal       http://127.0.0.1:%5$d/   (simulator: what the province sent; gateway :%6$d)

                Demo users (local only, password = user name):
                  citizen1     citizen, CCCD 019095012345
                  citizen2     citizen, CCCD 001301000123
                  business1    a business's account, MST 4600123456 (Công ty TNHH Thương mại Hồng Hà)
                  officer1     officer at 000.00.12.H57      officer2  officer at 000.00.13.H57
                  supervisor1  supervisor at 000.00.12.H57  admin1    admin      ops1  ops

                Submit a dossier at the counter as officer1:
                  TOKEN=$(curl -s -d grant_type=password -d client_id=motcua-web -d username=officer1 -d \
                password=officer1 \\
                    %1$s/realms/motcua/protocol/openid-connect/token | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
                  curl -i -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
                    -d '{"procedureCode":"2.000488","agencyCode":"000.00.12.H57","applicant":{"type":"CITIZEN",\
                "fullName":"Nguyễn Văn An","idNumber":"019095012345","phone":"0912345678","email":"an@example.vn",\
                "address":"Phường Phan Đình Phùng, Thái Nguyên"},"documents":[{"componentCode":"TK"},\
                {"componentCode":"CCCD"}]}' \\
                    http://127.0.0.1:8081/api/dossiers

                Stop everything with: deploy/stack stop
                """.formatted(
                        kc, c.mariadbPort(), c.kafkaPort(), c.prometheusPort(), c.portalPort() + 1, c.portalPort());
    }
}
