package nl.openinburgering.inburgeraar.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

import nl.openinburgering.inburgeraar.Inburgeraar;

/**
 * Every query names the gemeente: the first wall of tenant isolation. Row-level security in PostgreSQL is
 * the second, for the query that forgets.
 */
public interface InburgeraarRepository extends Repository<Inburgeraar, UUID> {

    Inburgeraar save(Inburgeraar inburgeraar);

    Optional<Inburgeraar> findByIdAndGemeentecode(UUID id, String gemeentecode);

    List<Inburgeraar> findByGemeentecodeAndBsnAndActiefTrue(String gemeentecode, String bsn);

    boolean existsByGemeentecodeAndBsnAndActiefTrue(String gemeentecode, String bsn);

    Page<Inburgeraar> findByGemeentecodeAndActiefTrue(String gemeentecode, Pageable pagina);

    long countByGemeentecode(String gemeentecode);
}
