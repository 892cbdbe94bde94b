package az.industry.infra.bench;

import java.util.List;

import az.industry.contracts.security.RoleNames;

/** A write service as the bench drives it: its name (for its port), endpoint, the role that may post, its national report section. */
record WriteService(String name, String path, String role, String section) {

    static final List<WriteService> ALL = List.of(
            new WriteService("investment", "/api/investments", RoleNames.INVESTMENT_OFFICER, "investment"),
            new WriteService("production", "/api/production", RoleNames.OPERATOR, "production"),
            new WriteService("export", "/api/exports", RoleNames.EXPORTER, "exports"));
}
