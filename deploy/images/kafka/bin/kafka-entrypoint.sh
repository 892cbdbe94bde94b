#!/bin/bash
# Writes server.properties from the KAFKA_* environment (as apache/kafka does: KAFKA_LOG_DIRS -> log.dirs; "__" in a
# name stands for "_", "___" for "-"), formats the log directory for CLUSTER_ID on first start, then runs the broker.
set -euo pipefail
config=/opt/kafka/config/server.properties
mkdir -p /opt/kafka/config
: > "$config"
while IFS='=' read -r name value; do
  case "$name" in
    KAFKA_HEAP_OPTS|KAFKA_OPTS|KAFKA_JVM_PERFORMANCE_OPTS) continue ;;
    KAFKA_*)
      key=${name#KAFKA_}
      key=${key,,}
      key=${key//___/-}
      key=${key//__/@}
      key=${key//_/.}
      key=${key//@/_}
      printf '%s=%s\n' "$key" "$value" >> "$config"
      ;;
  esac
done < <(env)
cat > /opt/kafka/config/log4j2.properties <<'LOG'
status = warn
appender.out.type = Console
appender.out.name = OUT
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = WARN
rootLogger.appenderRef.out.ref = OUT
logger.server.name = kafka.server.KafkaRaftServer
logger.server.level = INFO
LOG
java_run() {
  # shellcheck disable=SC2086
  java ${KAFKA_HEAP_OPTS} ${KAFKA_OPTS:-} -Dlog4j2.configurationFile=/opt/kafka/config/log4j2.properties \
      -cp '/opt/kafka/libs/*' "$@"
}
log_dir=$(sed -n 's/^log\.dirs=//p' "$config" | cut -d, -f1)
if [ ! -f "${log_dir:-/tmp/kraft-combined-logs}/meta.properties" ]; then
  java_run kafka.tools.StorageTool format --ignore-formatted --cluster-id="${CLUSTER_ID:?set CLUSTER_ID}" \
      --config="$config"
fi
exec java ${KAFKA_HEAP_OPTS} ${KAFKA_OPTS:-} -Dlog4j2.configurationFile=/opt/kafka/config/log4j2.properties \
    -cp '/opt/kafka/libs/*' kafka.Kafka "$config"
