#!/bin/sh
# The services' entrypoint: starts the fast-jar with the java on PATH, so the image runs on any base with Java 17
# (UBI's OpenJDK runtime, or the one deploy/images/build makes from Debian's packages).
# JAVA_MAX_MEM_RATIO: the heap as a percentage of the container's memory (as UBI's run-java.sh reads it; default 50);
# JAVA_OPTS and JAVA_OPTS_APPEND: further JVM options.
exec java -XX:MaxRAMPercentage="${JAVA_MAX_MEM_RATIO:-50}" ${JAVA_OPTS:-} ${JAVA_OPTS_APPEND:-} \
    -jar /deployments/quarkus-run.jar "$@"
