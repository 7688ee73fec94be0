/**
 * Portaal: the inburgeraar's own part of the site under {@code /mijn} (ADR 0012). The person sees, in plain
 * language (B1) and in Dutch, English or Arabic, their leerroute, the current PIP's agreements, the deadlines
 * with what to do (R2.8, R3.4, R5.4, R6.4), the appointments, the hours the providers reported, the exam
 * results, who to contact (the consulent, the gemeente, and the partner organisation of a maatschappelijke
 * begeleiding) and the beschikking letter; sends messages to the consulent (a worklist signal),
 * uploads documents (PDF, JPEG, PNG up to 5 MB), confirms or asks to move an appointment, and sees the
 * processing of their own data (AVG art. 15). E-mail notifications say only that something new is waiting.
 * Every account is linked to exactly one person of one gemeente; the person is never taken from the URL.
 * Its API is {@link nl.openinburgering.portaal.PortaalBeheer} (the person's side) and
 * {@link nl.openinburgering.portaal.PortaalBerichten} (the gemeente's side).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Portaal",
        allowedDependencies = {
            "shared",
            "platform",
            "platform :: web",
            "inburgeraar",
            "pip",
            "pip :: web",
            "leerroute",
            "aanbieder",
            "pvt",
            "map",
            "werkvoorraad",
            "begeleiding",
            "handhaving",
            "handhaving :: web",
            "pvt :: web",
            "leerroute :: web"
        })
@org.jspecify.annotations.NullMarked
package nl.openinburgering.portaal;
