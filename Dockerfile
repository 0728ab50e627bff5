# The API image. Postgres comes from docker-compose (DATABASE_URL), so the
# embedded Postgres is never started inside the container.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts codegen.ts schema.graphql tsconfig.json ./
COPY web ./web
RUN npm ci --include=dev --no-audit --no-fund
COPY src ./src
COPY demo ./demo
EXPOSE 4000
CMD ["npm", "start"]
