package unicode

// TurkishCase maps the dotted and dotless i the Turkish way: i <-> İ (U+0130) and
// ı (U+0131) <-> I.
var TurkishCase SpecialCase = _TurkishCase
var _TurkishCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}

// AzeriCase is the same as TurkishCase.
var AzeriCase SpecialCase = _TurkishCase
