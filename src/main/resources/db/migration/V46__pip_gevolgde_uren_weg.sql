-- R3.11 now counts the hours the providers report (module aanbieder, table urenregel). The consulent's
-- temporary registration of V23 is gone; its rows were a stand-in for those reports and are not carried over.
drop table pip_gevolgde_uren;
