# syntax=docker/dockerfile:1
# Builds the newsflow jar and runs one stage per container: the command is the stage,
# e.g. `ingest`, `enrich`, `sink` or `monitor` (see docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependency layer: the poms and the Avro schemas only. Packaging them once puts every plugin and
# dependency into the local repository; the layer is rebuilt only when a pom or a schema changes.
COPY pom.xml .
COPY schema/pom.xml schema/
COPY schema/src/main/avro schema/src/main/avro
COPY ops/pom.xml ops/
COPY encoding/pom.xml encoding/
COPY ingest/pom.xml ingest/
COPY enrich/pom.xml enrich/
COPY sink/pom.xml sink/
COPY monitor/pom.xml monitor/
COPY app/pom.xml app/
COPY tools/pom.xml tools/
RUN mvn -B -ntp -q -DskipTests package && rm -rf */target
# The sources (.dockerignore keeps target/, work/, out/ and .git out); built offline.
COPY . .
RUN mvn -B -ntp -q -o -DskipTests package

FROM eclipse-temurin:17-jre
RUN mkdir -p /var/lib/newsflow /out /app && chmod 1777 /var/lib/newsflow /out
COPY --from=build /src/app/target/newsflow.jar /app/newsflow.jar
COPY --from=build /src/samples /app/samples
# Any user: docker-compose.yml runs the stages as the owner of ./out (NEWSFLOW_UID, NEWSFLOW_GID).
USER 1000:1000
WORKDIR /var/lib/newsflow
# /health, /ready and /metrics when a stage is given --http-port 9400 (docker-compose.yml does)
EXPOSE 9400
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/newsflow.jar"]
CMD ["--help"]
