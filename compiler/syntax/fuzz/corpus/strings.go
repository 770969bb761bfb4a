package p

var s = "tab\t nl\n quote\" hex\xff oct\377 u\u00e9 U\U0001F600"
