package nl.openinburgering.aanbieder.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.openinburgering.aanbieder.AanbiederRegister;

/** The staff's read-only list of the providers their gemeente contracts. */
@Controller
class AanbiedersController {

    private final AanbiederRegister register;

    AanbiedersController(AanbiederRegister register) {
        this.register = register;
    }

    @GetMapping("/aanbieders")
    String lijst(Model model) {
        model.addAttribute("aanbieders", register.gecontracteerd());
        return "aanbieder/aanbieders";
    }
}
