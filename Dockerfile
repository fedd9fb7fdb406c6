# syntax=docker/dockerfile:1
# The meetings service, serving the built SPA too. Multi-stage: build everything once, ship only what runs.

FROM node:20.20-bookworm-slim AS build
WORKDIR /app
RUN npm install --global pnpm@10.34.8
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml tsconfig.base.json ./
COPY services/meetings/package.json services/meetings/
COPY packages/api-client/package.json packages/api-client/
COPY packages/availability/package.json packages/availability/
COPY packages/email/package.json packages/email/
COPY packages/office/package.json packages/office/
COPY packages/wording/package.json packages/wording/
COPY frontend/package.json frontend/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm --filter @bookings/frontend build \
 && pnpm --filter @bookings/meetings build

FROM node:20.20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data \
    STATIC_DIR=/app/frontend/dist
WORKDIR /app
RUN npm install --global pnpm@10.34.8 \
 && mkdir -p /data && chown node:node /data
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml tsconfig.base.json ./
COPY services/meetings services/meetings
COPY packages packages
COPY frontend/package.json frontend/
# Production dependencies of the service (the build bundles most of them; PGlite, Swagger UI and sharp are read from
# node_modules). No TypeScript at run time: node runs the JavaScript build made in the build stage.
RUN pnpm install --frozen-lockfile --prod --filter @bookings/meetings... \
 && pnpm store prune
COPY --from=build /app/frontend/dist frontend/dist
COPY --from=build /app/services/meetings/dist services/meetings/dist
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/bookings/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
WORKDIR /app/services/meetings
# Two V8 worker threads instead of four: each keeps a malloc arena of what it compiled at start (PGlite's WebAssembly
# above all), 20-30 MB of an idle process's memory (README "Operating").
CMD ["node", "--v8-pool-size=2", "dist/server.js"]
