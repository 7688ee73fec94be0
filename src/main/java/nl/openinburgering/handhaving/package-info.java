/**
 * Handhaving (R9.1–R9.5, D1): the handhavingszaak of a person on the ground of the brede intake (R9.1) or a
 * PIP obligation (R9.2), from the conversation through the written warning, the voornemen with its term for a
 * zienswijze, to the boetebeschikking (fixed by another person than the proposer) or the decision not to fine;
 * the amount (the fixed €250, the gemeente's ladder with culpability, the €800 cap, moderation under Awb
 * 5:46(3)); the payment state and the export for the debiteurenadministratie; the referral to the
 * inkomensconsulent for a Participatiewet obligation (R9.4), also made on ontzorging's {@code MachtigingGeweigerd}
 * (R7.4); the letters; the quarter counts. Its API is
 * {@link nl.openinburgering.handhaving.HandhavingBeheer}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Handhaving",
        allowedDependencies = {
            "shared",
            "platform",
            "platform :: web",
            "inburgeraar",
            "pip",
            "aanbieder",
            "intake",
            "ontzorging"
        })
@org.jspecify.annotations.NullMarked
package nl.openinburgering.handhaving;
