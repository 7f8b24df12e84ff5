# error: line 2
type Delay = float
