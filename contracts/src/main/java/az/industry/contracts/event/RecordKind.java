package az.industry.contracts.event;

/** The three kinds of fact the platform records, each with its topic and CloudEvents types. */
public enum RecordKind {
    INVESTMENT("industry.investments.v1", "investment", "/investment-service"),
    PRODUCTION("industry.production.v1", "production", "/production-service"),
    EXPORT("industry.exports.v1", "export", "/export-service");

    private final String topic;
    private final String typeStem;
    private final String source;

    RecordKind(String topic, String typeStem, String source) {
        this.topic = topic;
        this.typeStem = typeStem;
        this.source = source;
    }

    /** The Kafka topic carrying this kind's events (key = zoneId). */
    public String topic() {
        return topic;
    }

    /** CloudEvents {@code type} of a newly recorded fact, e.g. {@code az.industry.investment.recorded.v1}. */
    public String recordedType() {
        return "az.industry." + typeStem + ".recorded.v1";
    }

    /** CloudEvents {@code type} of a voided fact, e.g. {@code az.industry.investment.voided.v1}. */
    public String voidedType() {
        return "az.industry." + typeStem + ".voided.v1";
    }

    /** CloudEvents {@code source} of the service that records this kind. */
    public String source() {
        return source;
    }

    /** The kind whose topic is {@code topic}, or {@code null}. */
    public static RecordKind ofTopic(String topic) {
        for (RecordKind kind : values()) {
            if (kind.topic.equals(topic)) {
                return kind;
            }
        }
        return null;
    }
}
