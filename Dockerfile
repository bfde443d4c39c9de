# syntax=docker/dockerfile:1
#
# One image definition for every deployable module (case-service, notification-service, prevention-service, gateway,
# dev-issuer). The module is a build argument; the build context is the repository root:
#
#   docker build --build-arg MODULE=case-service --build-arg PORT=8081 -t sexting-protocol/case-service .
#
# docker-compose.yml builds all five from here. The stages before `ARG MODULE` do not depend on the module, so Docker
# builds them once and every service reuses them from its cache:
#   dependencies  the Maven wrapper and POMs only, then every dependency and plugin downloaded (and the web UI's npm
#                 packages), so editing a source file does not download the world again
#   build         the sources, compiled and packaged once for all deployable modules (tests run in CI, not here)
#   extract       the chosen module's Spring Boot jar split into its layers
#   runtime       a JRE, the layers from least to most often changed, a non-root user

FROM eclipse-temurin:17-jdk AS dependencies
# the gateway serves the web UI, which Maven builds with npm: take Node 20 from the official image
COPY --from=node:20-bookworm-slim /usr/local/bin/node /usr/local/bin/node
COPY --from=node:20-bookworm-slim /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s /usr/local/lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
# every module's POM, because Maven reads the whole reactor even when it builds one module
COPY contracts/pom.xml contracts/
COPY web-ui/pom.xml web-ui/package.json web-ui/package-lock.json web-ui/
COPY platform/pom.xml platform/
COPY test-support/pom.xml test-support/
COPY case-service/pom.xml case-service/
COPY notification-service/pom.xml notification-service/
COPY prevention-service/pom.xml prevention-service/
COPY gateway/pom.xml gateway/
COPY dev-issuer/pom.xml dev-issuer/
COPY local-stack/pom.xml local-stack/
COPY system-tests/pom.xml system-tests/
COPY deploy/pom.xml deploy/
ENV DEPLOYABLES=case-service,notification-service,prevention-service,gateway,dev-issuer
RUN chmod +x mvnw \
    && ./mvnw -B -q -pl "$DEPLOYABLES" -am dependency:go-offline \
    && (cd web-ui && npm ci --no-audit --no-fund)

FROM dependencies AS build
COPY . .
# the package step still may fetch what go-offline cannot foresee (plugins' own late dependencies), so not -o
RUN ./mvnw -B -q -DskipTests -pl "$DEPLOYABLES" -am package

FROM build AS extract
ARG MODULE
RUN test -n "$MODULE" || (echo "build with --build-arg MODULE=<module directory>" >&2; exit 1)
# Spring Boot's layered jar: dependencies, spring-boot-loader, snapshot-dependencies (third-party snapshots, none
# today), application (the module with the project's own libraries: platform, contracts, web-ui)
RUN java -Djarmode=tools -jar "$MODULE/target/$MODULE.jar" extract --layers --launcher --destination /extracted

FROM eclipse-temurin:17-jre AS runtime
# The app user has a fixed numeric id: Kubernetes checks runAsNonRoot against the image's USER only when it is a
# number, and the manifests (deploy/kubernetes) name the same id in runAsUser and fsGroup.
RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --home-dir /app --no-create-home app \
    # mount points of the named volumes, made here so that Docker gives a new volume the app user's ownership (a
    # directory Docker creates itself is root's, and a non-root service could not write its files there):
    # /keys holds case-service's shredding ledger, /data the development issuer's signing key,
    # /audit-checkpoints case-service's signed audit checkpoints
    && mkdir /keys /data /audit-checkpoints && chown app:app /keys /data /audit-checkpoints
WORKDIR /app
COPY --from=extract /extracted/dependencies/ ./
COPY --from=extract /extracted/spring-boot-loader/ ./
COPY --from=extract /extracted/snapshot-dependencies/ ./
COPY --from=extract /extracted/application/ ./
USER 10001
ARG PORT=8080
EXPOSE ${PORT}
# Heap sized from the container's memory limit, not the host's: 60 % of it, because the rest must hold metaspace,
# code cache, thread stacks and the Kafka, MongoDB and Netty clients' direct buffers, some 200 MiB for these services
# (deploy/'s tests hold every memory limit in docker-compose.yml and deploy/kubernetes to that). Axon 4.12+ calls home
# for update checks unless told not to (harmless for the services without Axon).
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -Daxoniq.update-checker.disabled=true"
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
