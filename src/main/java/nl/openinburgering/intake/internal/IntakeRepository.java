package nl.openinburgering.intake.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

import nl.openinburgering.intake.Intake;

/** Every query names the gemeente (the first wall); row-level security is the second. */
public interface IntakeRepository extends Repository<Intake, UUID> {

    Intake save(Intake intake);

    Optional<Intake> findByInburgeraarIdAndGemeentecode(UUID inburgeraarId, String gemeentecode);
}
