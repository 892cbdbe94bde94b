package az.industry.infra.bench;

import az.industry.contracts.security.RoleNames;

/** The read load: the same GET on reporting-service from many keep-alive connections for a while, as a manager. */
final class ReadLoad {

    private final PlatformApi api;

    ReadLoad(PlatformApi api) {
        this.api = api;
    }

    /** GETs {@code pathAndQuery} on reporting-service from {@code connections} connections for {@code seconds}. */
    LoadGenerator.Result run(String pathAndQuery, int connections, double seconds) {
        byte[] request = api.get("reporting", pathAndQuery, RoleNames.MANAGER);
        int port = api.port("reporting");
        return LoadGenerator.run(connections, LoadGenerator.forSeconds(seconds,
                worker -> new LoadGenerator.Request(port, new byte[][] { request }, null)), (r, a) -> {
                });
    }
}
