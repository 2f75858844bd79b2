package org.pothos.persistence;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pothos.analysis.Endpoint;
import org.pothos.analysis.EndpointStore;
import org.pothos.analysis.ModelInfo;

/** {@link EndpointStore} over Hibernate; the list every start reads, through JDBC. */
public final class JpaEndpointStore implements EndpointStore {

    private final Database db;
    private final Clock clock;

    public JpaEndpointStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    private static Endpoint toEndpoint(EndpointEntity e) {
        return new Endpoint(e.id, e.name, e.url, e.enabled, e.isDefault, e.maxConcurrentRequests, e.bearerToken, e.defaultModel);
    }

    /** In SQL: every opening of the library checks that there is an endpoint, before Hibernate has started. */
    @Override
    public List<Endpoint> list() {
        return db.read(c -> {
            List<Endpoint> endpoints = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, name, url, enabled, is_default,"
                    + " max_concurrent_requests, bearer_token, default_model FROM endpoint ORDER BY id")) {
                while (r.next()) {
                    endpoints.add(new Endpoint(r.getLong(1), r.getString(2), r.getString(3), r.getBoolean(4), r.getBoolean(5),
                            r.getInt(6), r.getString(7), r.getString(8)));
                }
            }
            return endpoints;
        });
    }

    @Override
    public Optional<Endpoint> find(long id) {
        return db.call(em -> Optional.ofNullable(em.find(EndpointEntity.class, id)).map(JpaEndpointStore::toEndpoint));
    }

    @Override
    public Optional<Endpoint> findByUrl(String url) {
        return db.call(em -> em.createQuery("select e from EndpointEntity e where e.url = :url", EndpointEntity.class)
                .setParameter("url", url).getResultStream().findFirst().map(JpaEndpointStore::toEndpoint));
    }

    @Override
    public Endpoint add(String name, String url, int maxConcurrentRequests, String bearerToken) {
        return add(name, url, maxConcurrentRequests, bearerToken, false);
    }

    @Override
    public Endpoint addLocal(String name, String url, int maxConcurrentRequests) {
        return add(name, url, maxConcurrentRequests, null, true);
    }

    private Endpoint add(String name, String url, int maxConcurrentRequests, String bearerToken, boolean local) {
        return db.call(em -> {
            long existing = em.createQuery("select count(e) from EndpointEntity e", Long.class).getSingleResult();
            EndpointEntity e = new EndpointEntity();
            e.name = name;
            e.url = url;
            e.provider = "OLLAMA";
            e.enabled = true;
            e.isDefault = existing == 0;
            e.maxConcurrentRequests = maxConcurrentRequests;
            e.bearerToken = bearerToken == null || bearerToken.isBlank() ? null : bearerToken;
            e.isLocal = local;
            em.persist(e);
            em.flush();
            return toEndpoint(e);
        });
    }

    @Override
    public Optional<Long> localId() {
        return db.call(em -> em.createQuery("select e.id from EndpointEntity e where e.isLocal = true order by e.id", Long.class)
                .setMaxResults(1).getResultStream().findFirst());
    }

    @Override
    public void setName(long id, String name) {
        db.run(em -> require(em, id).name = name);
    }

    @Override
    public void setBearerToken(long id, String token) {
        db.run(em -> require(em, id).bearerToken = token == null || token.isBlank() ? null : token);
    }

    @Override
    public void remove(long id) {
        db.run(em -> {
            EndpointEntity e = require(em, id);
            em.remove(e);
            if (e.isDefault) {
                em.createQuery("select e from EndpointEntity e where e.id <> :id order by e.id", EndpointEntity.class)
                        .setParameter("id", id).setMaxResults(1).getResultStream().findFirst()
                        .ifPresent(next -> next.isDefault = true);
            }
        });
    }

    @Override
    public void setDefault(long id) {
        db.run(em -> {
            require(em, id);
            em.createQuery("select e from EndpointEntity e", EndpointEntity.class).getResultList()
                    .forEach(e -> e.isDefault = e.id == id);
        });
    }

    @Override
    public void setEnabled(long id, boolean enabled) {
        db.run(em -> require(em, id).enabled = enabled);
    }

    @Override
    public void setDefaultModel(long id, String model) {
        db.run(em -> require(em, id).defaultModel = model == null || model.isBlank() ? null : model);
    }

    @Override
    public void setMaxConcurrentRequests(long id, int max) {
        if (max < 1 || max > 16) {
            throw new IllegalArgumentException("concurrent requests must be 1 to 16, was " + max);
        }
        db.run(em -> require(em, id).maxConcurrentRequests = max);
    }

    private static EndpointEntity require(jakarta.persistence.EntityManager em, long id) {
        EndpointEntity e = em.find(EndpointEntity.class, id);
        if (e == null) {
            throw new IllegalArgumentException("no endpoint with id " + id);
        }
        return e;
    }

    @Override
    public void saveModels(long endpointId, List<ModelInfo> models) {
        db.run(em -> {
            em.createQuery("delete from ModelInfoEntity m where m.endpointId = :e").setParameter("e", endpointId).executeUpdate();
            for (ModelInfo info : models) {
                ModelInfoEntity m = new ModelInfoEntity();
                m.endpointId = endpointId;
                m.name = info.name();
                m.vision = info.vision();
                m.sizeBytes = info.sizeBytes();
                m.family = info.family();
                m.refreshedAt = info.refreshedAt() == null ? clock.instant() : info.refreshedAt();
                em.persist(m);
            }
        });
    }

    @Override
    public List<ModelInfo> models(long endpointId) {
        return db.call(em -> em.createQuery("select m from ModelInfoEntity m where m.endpointId = :e order by m.name",
                        ModelInfoEntity.class)
                .setParameter("e", endpointId).getResultList().stream()
                .map(m -> new ModelInfo(m.endpointId, m.name, m.vision, m.sizeBytes, m.family, m.refreshedAt))
                .toList());
    }
}
