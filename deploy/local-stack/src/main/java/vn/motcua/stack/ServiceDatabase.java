package vn.motcua.stack;

import java.util.List;

/** A service's own database user and schemas (one for running, one for tests) on the local MariaDB. */
record ServiceDatabase(String user, String password, List<String> schemas) {

    static ServiceDatabase forService(String service) {
        return new ServiceDatabase(service, service + "-local-pw", List.of(service, service + "_test"));
    }
}
