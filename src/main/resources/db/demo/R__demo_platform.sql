-- Demo data of the platform (profile demo only; Flyway runs it as the owner): the three gemeenten of the
-- region in the seed document, the providers and the demo accounts of api.md. Every account's password is
-- "demo" (a BCrypt hash below). It fills an empty database only: once any gemeente exists, it does nothing.


do $$
begin
    if exists (select 1 from gemeente) then
        return;
    end if;

    insert into gemeente (code, naam) values
        ('0148', 'Dalfsen'),
        ('0180', 'Staphorst'),
        ('1896', 'Zwartewaterland');

    insert into aanbieder (id, naam, kvk_nummer) values
        ('6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01', 'Taalschool Regio Zwolle', '12345678'),
        ('6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a02', 'Participatiewerk Dalfsen', '87654321');

    insert into aanbieder_contract (aanbieder_id, gemeentecode) values
        ('6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01', '0148'),
        ('6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01', '0180'),
        ('6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01', '1896'),
        ('6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a02', '0148');

    insert into gebruiker (gebruikersnaam, wachtwoord_hash, rol, gemeentecode, aanbieder_id) values
        ('consulent.dalfsen',            '{bcrypt}$2a$10$scokbtFZYfLoVXtoEavE9.JqyxSg8IjVcFXe3SFZmRwPOgleMp/Qq', 'CONSULENT', '0148', null),
        ('consulent2.dalfsen',           '{bcrypt}$2a$10$scokbtFZYfLoVXtoEavE9.JqyxSg8IjVcFXe3SFZmRwPOgleMp/Qq', 'CONSULENT', '0148', null),
        ('teamleider.dalfsen',           '{bcrypt}$2a$10$scokbtFZYfLoVXtoEavE9.JqyxSg8IjVcFXe3SFZmRwPOgleMp/Qq', 'TEAMLEIDER', '0148', null),
        ('beleid.dalfsen',               '{bcrypt}$2a$10$scokbtFZYfLoVXtoEavE9.JqyxSg8IjVcFXe3SFZmRwPOgleMp/Qq', 'BELEIDSMEDEWERKER', '0148', null),
        ('beheer.dalfsen',               '{bcrypt}$2a$10$scokbtFZYfLoVXtoEavE9.JqyxSg8IjVcFXe3SFZmRwPOgleMp/Qq', 'FUNCTIONEEL_BEHEERDER', '0148', null),
        ('consulent.staphorst',          '{bcrypt}$2a$10$scokbtFZYfLoVXtoEavE9.JqyxSg8IjVcFXe3SFZmRwPOgleMp/Qq', 'CONSULENT', '0180', null),
        ('consulent.zwartewaterland',    '{bcrypt}$2a$10$scokbtFZYfLoVXtoEavE9.JqyxSg8IjVcFXe3SFZmRwPOgleMp/Qq', 'CONSULENT', '1896', null),
        ('aanbieder.taalschool',         '{bcrypt}$2a$10$scokbtFZYfLoVXtoEavE9.JqyxSg8IjVcFXe3SFZmRwPOgleMp/Qq', 'AANBIEDER', null, '6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a01'),
        ('aanbieder.participatie',       '{bcrypt}$2a$10$scokbtFZYfLoVXtoEavE9.JqyxSg8IjVcFXe3SFZmRwPOgleMp/Qq', 'AANBIEDER', null, '6a0c1b6e-2f4d-4c36-9a77-1f0e5b1d0a02'),
        ('begeleider.vluchtelingenwerk', '{bcrypt}$2a$10$scokbtFZYfLoVXtoEavE9.JqyxSg8IjVcFXe3SFZmRwPOgleMp/Qq', 'MAATSCHAPPELIJK_BEGELEIDER', '0148', null);
end
$$;
