package p

var s = "a﻿b"
var ﻿x int
