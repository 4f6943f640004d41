# Builds the newsflow jar and runs one stage per container: the command is the stage,
# e.g. `ingest`, `enrich` or `sink` (see docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY schema/pom.xml schema/
COPY encoding/pom.xml encoding/
COPY ingest/pom.xml ingest/
COPY enrich/pom.xml enrich/
COPY sink/pom.xml sink/
COPY app/pom.xml app/
RUN mvn -q -B dependency:go-offline -DexcludeArtifactIds=newsflow-schema,newsflow-encoding,newsflow-ingest,newsflow-enrich,newsflow-sink || true
COPY . .
RUN mvn -q -B -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --home /var/lib/newsflow newsflow && mkdir -p /var/lib/newsflow /out /app \
    && chown newsflow /var/lib/newsflow /out
COPY --from=build /src/app/target/newsflow.jar /app/newsflow.jar
COPY --from=build /src/samples /app/samples
USER newsflow
WORKDIR /var/lib/newsflow
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/newsflow.jar"]
CMD ["--help"]
