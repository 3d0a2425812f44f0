# Builds the application jar and runs it against the Neo4j named by NEO4J_URI (see docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# The application and the modules it is built from; the benchmarks module is not part of the image.
RUN mvn -B -q -pl api -am package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/api/target/mantelzorgkaart.jar /app/mantelzorgkaart.jar
EXPOSE 8080
# A bounded heap (README, Configuration: "Memory"); set JAVA_OPTS to change it, e.g. -XX:MaxRAMPercentage=50
# to follow the container's memory limit instead.
ENV JAVA_OPTS="-Xmx512m"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/mantelzorgkaart.jar"]
