import Sociosan
