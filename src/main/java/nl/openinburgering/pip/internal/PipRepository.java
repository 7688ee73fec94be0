package nl.openinburgering.pip.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

import nl.openinburgering.pip.Pip;
import nl.openinburgering.pip.PipStatus;

/** Every query names the gemeente (the first wall); row-level security is the second. */
public interface PipRepository extends Repository<Pip, UUID> {

    Pip save(Pip pip);

    Optional<Pip> findByIdAndInburgeraarIdAndGemeentecode(UUID id, UUID inburgeraarId, String gemeentecode);

    List<Pip> findByInburgeraarIdAndGemeentecodeOrderByOpgesteldOpDesc(UUID inburgeraarId, String gemeentecode);

    Optional<Pip> findByInburgeraarIdAndGemeentecodeAndStatus(
            UUID inburgeraarId, String gemeentecode, PipStatus status);

    @Query("select coalesce((select vier_ogen from pip_beleid where gemeentecode = :gemeentecode), true)")
    boolean vierOgen(String gemeentecode);

    @Modifying
    @Query("""
            insert into pip_beleid (gemeentecode, vier_ogen) values (:gemeentecode, :vierOgen)
            on conflict (gemeentecode) do update set vier_ogen = excluded.vier_ogen""")
    void stelVierOgenIn(String gemeentecode, boolean vierOgen);
}
